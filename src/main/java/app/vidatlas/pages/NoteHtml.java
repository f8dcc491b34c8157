package app.vidatlas.pages;

import app.vidatlas.catalog.NameFinder;
import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Paper;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A note's markdown as safe HTML. Notes are untrusted: raw HTML is escaped (only {@code <br>} is kept), links are
 * kept only when they are http(s), images are only ever the app's own data URIs of resolved figures, and the
 * ✅/❓ glyphs (missing from many fonts) become badges. Mentions of other papers become links to their pages.
 */
public final class NoteHtml {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final String NOTE_GLYPHS = "\u2705\u2714\u2611";
    private static final String QUESTION_GLYPHS = "\u2753\u2754";

    /** What a figure became on the page: how the page shows it. */
    public interface FigureHtml {
        /** Writes the figure (an image, or a placeholder that names it and its slide). */
        void write(Figure figure, HtmlWriter html);
    }

    private NoteHtml() {
    }

    /**
     * Renders one slide's (or note's) markdown.
     *
     * @param markdown the source
     * @param note     the note it comes from
     * @param slide    the slide (for figures' captions)
     * @param figures  how figures are shown
     * @param mentions paper names to link; null for none
     * @param self     the paper whose page this is (not linked to itself), or null
     */
    public static String render(String markdown, String note, int slide, FigureHtml figures,
                                NameFinder<Paper> mentions, String self) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .escapeHtml(true)
                .sanitizeUrls(true)
                .softbreak("<br>\n")
                .nodeRendererFactory(ctx -> new SafeRenderer(ctx, note, slide, figures, mentions, self))
                .build();
        // A long slide is parsed in the same pieces as its note was (CommonMark is quadratic in a paragraph's lines),
        // and within the same time: past it, the rest is shown as the text it is.
        StringBuilder html = new StringBuilder();
        long started = System.nanoTime();
        List<String> pieces = app.vidatlas.notes.MarkdownChunks.pieces(markdown);
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0 && System.nanoTime() - started > app.vidatlas.notes.MarkdownChunks.BUDGET_NANOS) {
                html.append("<pre class=\"raw\">").append(HtmlText.escape(String.join("\n", pieces.subList(i, pieces.size()))))
                        .append("</pre>\n");
                break;
            }
            html.append(renderer.render(PARSER.parse(pieces.get(i))));
        }
        return html.toString();
    }

    /** Plain text (an excerpt, a passage) as HTML paragraphs, with the same badges and links. */
    public static String text(String text, NameFinder<Paper> mentions, String self) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                b.append("<p>").append(inline(line, mentions, self)).append("</p>\n");
            }
        }
        return b.toString();
    }

    /** Escapes a line and turns glyphs into badges and names into links. */
    public static String inline(String text, NameFinder<Paper> mentions, String self) {
        StringBuilder out = new StringBuilder();
        HtmlWriter html = new HtmlWriter(out);
        writeText(text, html, mentions, self, false);
        return out.toString();
    }

    /** Annotations shown apart from their slide's text, each with its badge; empty for none. */
    static String annotations(List<Annotation> annotations, NameFinder<Paper> mentions, String self) {
        if (annotations.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<div class=\"annotations\">");
        for (Annotation a : annotations) {
            b.append("<p>").append(badge(a.kind() == AnnotationKind.QUESTION))
                    .append(inline(a.text(), mentions, self)).append("</p>");
        }
        return b.append("</div>\n").toString();
    }

    /** The badge that stands for ✅ or ❓ (many fonts lack the glyphs): a question's, or a note's. */
    private static String badge(boolean question) {
        return question ? "<span class=\"badge question\">Question</span>" : "<span class=\"badge note\">Note</span>";
    }

    static void writeText(String literal, HtmlWriter html, NameFinder<Paper> mentions, String self, boolean inLink) {
        int at = 0;
        if (mentions != null && !inLink) {
            for (NameFinder.Match<Paper> m : mentions.find(literal)) {
                if (m.target().id().equals(self)) {
                    continue;
                }
                writeGlyphs(literal.substring(at, m.start()), html);
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("href", new PageAction.OpenPaper(m.target().id()).href());
                attrs.put("class", "mention");
                attrs.put("title", m.target().title());
                html.tag("a", attrs);
                html.text(literal.substring(m.start(), m.end()));
                html.tag("/a");
                at = m.end();
            }
        }
        writeGlyphs(literal.substring(at), html);
    }

    private static void writeGlyphs(String text, HtmlWriter html) {
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (NOTE_GLYPHS.indexOf(cp) >= 0 || QUESTION_GLYPHS.indexOf(cp) >= 0) {
                html.text(plain.toString());
                plain.setLength(0);
                boolean question = QUESTION_GLYPHS.indexOf(cp) >= 0;
                html.raw(badge(question));
                if (i + len < text.length() && text.charAt(i + len) == '\uFE0F') {
                    len++;
                }
            } else {
                plain.appendCodePoint(cp);
            }
            i += len;
        }
        html.text(plain.toString());
    }

    /** The renderers for the nodes a hostile note could abuse. */
    private static final class SafeRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final String note;
        private final int slide;
        private final FigureHtml figures;
        private final NameFinder<Paper> mentions;
        private final String self;

        SafeRenderer(HtmlNodeRendererContext context, String note, int slide, FigureHtml figures,
                     NameFinder<Paper> mentions, String self) {
            this.context = context;
            this.html = context.getWriter();
            this.note = note;
            this.slide = slide;
            this.figures = figures;
            this.mentions = mentions;
            this.self = self;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlInline.class, HtmlBlock.class, Image.class, Link.class, Text.class, BlockQuote.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof HtmlInline h) {
                if (BR.matcher(h.getLiteral().strip()).matches()) {
                    html.tag("br", Map.of(), true);
                } else {
                    html.text(h.getLiteral());
                }
            } else if (node instanceof HtmlBlock h) {
                html.tag("p", Map.of("class", "raw-html"));
                html.text(h.getLiteral());
                html.tag("/p");
            } else if (node instanceof Image image) {
                figures.write(new Figure(image.getDestination(), note, slide, altText(image)), html);
            } else if (node instanceof Link link) {
                String url = link.getDestination() == null ? "" : link.getDestination().strip();
                if (app.vidatlas.model.Link.isWeb(url)) {
                    Map<String, String> attrs = new LinkedHashMap<>();
                    attrs.put("href", url);
                    attrs.put("class", "external");
                    attrs.put("title", url);
                    html.tag("a", attrs);
                    children(link);
                    html.tag("/a");
                } else {
                    // javascript:, file:, data: and the rest: the words stay, the link goes.
                    children(link);
                }
            } else if (node instanceof Text text) {
                writeText(text.getLiteral(), html, mentions, self, insideLink(text));
            } else if (node instanceof BlockQuote quote) {
                boolean annotation = startsWithGlyph(quote);
                html.line();
                html.tag(annotation ? "div" : "blockquote", annotation ? Map.of("class", "annotations") : Map.of());
                children(quote);
                html.tag(annotation ? "/div" : "/blockquote");
                html.line();
            }
        }

        private void children(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }

        private static boolean insideLink(Node n) {
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof Link) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsWithGlyph(Node quote) {
            Node n = quote;
            while (n != null && !(n instanceof Text)) {
                n = n.getFirstChild();
            }
            if (n == null) {
                return false;
            }
            String t = ((Text) n).getLiteral().strip();
            return !t.isEmpty() && (NOTE_GLYPHS.indexOf(t.codePointAt(0)) >= 0 || QUESTION_GLYPHS.indexOf(t.codePointAt(0)) >= 0);
        }

        private static String altText(Image image) {
            StringBuilder b = new StringBuilder();
            for (Node c = image.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t) {
                    b.append(t.getLiteral());
                }
            }
            return b.toString();
        }
    }

    /** A figure writer from a function giving the HTML for each figure (already safe). */
    public static FigureHtml figures(Function<Figure, String> html) {
        return (figure, writer) -> writer.raw(html.apply(figure));
    }
}
