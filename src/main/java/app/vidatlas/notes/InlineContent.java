package app.vidatlas.notes;

import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The readable content of a part of the markdown tree: its text split into lines (soft and hard breaks and
 * {@code <br>} end a line, as they do on the slide), its images, links and bold runs.
 * <p>
 * The tree is walked with an explicit stack, not recursion, so that a hostile note with thousands of nested lists
 * or quotes cannot overflow the stack.
 */
final class InlineContent {
    private static final Pattern BR = Pattern.compile("(?i)^<br\\s*/?>$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** An image as written: the link and its alt text. */
    record ImageRef(String src, String alt) {
    }

    private final List<String> lines = new ArrayList<>();
    private final List<ImageRef> images = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final List<String> bold = new ArrayList<>();

    private InlineContent() {
    }

    /** The content of a run of sibling inline nodes (part of a paragraph). */
    static InlineContent ofNodes(List<Node> nodes) {
        InlineContent c = new InlineContent();
        StringBuilder line = new StringBuilder();
        for (Node n : nodes) {
            c.walk(n, line);
        }
        c.flush(line);
        return c;
    }

    static InlineContent of(Node node) {
        return ofNodes(List.of(node));
    }

    private void walk(Node root, StringBuilder line) {
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof EndOfBlock) {
                flush(line);
                continue;
            }
            Node n = (Node) item;
            if (n instanceof Text t) {
                line.append(t.getLiteral());
            } else if (n instanceof Code code) {
                line.append(code.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                flush(line);
            } else if (n instanceof HtmlInline html) {
                if (BR.matcher(html.getLiteral().strip()).matches()) {
                    flush(line);
                }
            } else if (n instanceof HtmlBlock html) {
                for (String l : TAG.matcher(html.getLiteral()).replaceAll(" ").split("\n")) {
                    line.append(l);
                    flush(line);
                }
            } else if (n instanceof FencedCodeBlock code) {
                appendLines(code.getLiteral(), line);
            } else if (n instanceof IndentedCodeBlock code) {
                appendLines(code.getLiteral(), line);
            } else if (n instanceof Image image) {
                images.add(new ImageRef(image.getDestination(), Texts.squash(plain(image))));
            } else {
                if (n instanceof Link link) {
                    // Web pages only: a note must not point the app at javascript:, file: or data: addresses.
                    if (app.vidatlas.model.Link.isWeb(link.getDestination())) {
                        links.add(link.getDestination());
                    }
                } else if (n instanceof StrongEmphasis) {
                    bold.add(Texts.squash(plain(n)));
                }
                if (n instanceof Block) {
                    flush(line);
                    stack.push(EndOfBlock.INSTANCE);
                }
                pushChildren(stack, n);
            }
        }
    }

    private void appendLines(String literal, StringBuilder line) {
        for (String l : literal.split("\n")) {
            line.append(l);
            flush(line);
        }
    }

    private static void pushChildren(Deque<Object> stack, Node n) {
        List<Node> children = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            children.add(c);
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }

    /** Plain text of a small inline subtree (alt text, bold run). */
    private static String plain(Node node) {
        StringBuilder b = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Text t) {
                b.append(t.getLiteral());
            } else if (n instanceof Code c) {
                b.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                b.append(' ');
            }
            List<Node> children = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return b.toString();
    }

    private void flush(StringBuilder line) {
        String l = Texts.normalizeSpaces(line.toString()).strip();
        if (!l.isEmpty()) {
            lines.add(l);
        }
        line.setLength(0);
    }

    private enum EndOfBlock { INSTANCE }

    List<String> lines() {
        return lines;
    }

    String text() {
        return String.join("\n", lines);
    }

    List<ImageRef> images() {
        return images;
    }

    /** The web links it carries; links of any other scheme are left out here, once for every use. */
    List<String> links() {
        return links;
    }

    List<String> bold() {
        return bold;
    }
}
