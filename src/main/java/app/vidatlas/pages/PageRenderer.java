package app.vidatlas.pages;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.catalog.lineage.Commentary;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.export.LineageImage;
import app.vidatlas.catalog.NameFinder;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The app's pages as HTML, for one catalog: a paper ({@link PaperPage}), a whole note ({@link NotePage}), a
 * comparison ({@link ComparisonPage}), the start page ({@link HomePage}) and messages ({@link MessagePage}). Built
 * off the JavaFX thread; the page view only loads the result. Links within pages are {@link PageAction}s.
 */
public final class PageRenderer {
    /** A rendered page and the figures still to be downloaded for it (then it is rendered again). */
    public record Page(String html, List<URI> pendingDownloads) {
        public Page {
            pendingDownloads = List.copyOf(pendingDownloads);
        }
    }

    /** Where to take the reader on a page, and what to highlight there. */
    public record Target(String note, int slide, List<String> terms) {
        public static final Target NONE = new Target(null, 0, List.of());

        public Target {
            terms = List.copyOf(terms);
        }
    }

    /** What the user keeps about the paper: shown in its page's header. */
    public record Personal(boolean bookmarked, boolean compared, String note) {
        public static final Personal NONE = new Personal(false, false, "");
    }

    private final Catalog catalog;
    private final CategoryTree tree;
    // Filed on first use: a renderer made for the start page and the tree of a large library never links names.
    private volatile NameFinder<Paper> mentions;
    private final PageContext context;
    private final PaperPage paperPage;
    private final Supplier<CrossReferences> references;
    private final Object lineageLock = new Object();
    private Lineage buildsOn;
    private List<Commentary> commentary;
    private Lineage withMentions;
    private CrossReferences mentionsFrom;

    public PageRenderer(Catalog catalog, CrossReferences references, FigureResolver figures, PageAssets assets) {
        this(catalog, () -> references, figures, assets);
    }

    /**
     * @param references the cross references when they are known; until then pages show no "Mentioned in" (they
     *                   are worked out in the background for a large catalog, so the first page does not wait)
     */
    public PageRenderer(Catalog catalog, Supplier<CrossReferences> references, FigureResolver figures,
                        PageAssets assets) {
        this.catalog = catalog;
        this.tree = CategoryTree.of(catalog.papers());
        this.context = new PageContext(catalog, catalog.byId(), catalog.notesById(), tree, this::names, figures,
                new PageChrome(assets));
        this.references = references;
        this.paperPage = new PaperPage(context, references, () -> lineage(false));
    }

    /**
     * The library's lineage, read once per catalog. Without mentions it is cheap (a pass over the papers' read values)
     * and is what paper pages use; with them it reads the sentence of every cross reference, so it is read only when a
     * view asks for mentions (and again when a large catalog's cross references arrive).
     */
    public Lineage lineage(boolean mentions) {
        // A lock of its own: a long read of mentions must not hold up pages waiting for the names (names()).
        synchronized (lineageLock) {
            if (!mentions) {
                if (buildsOn == null) {
                    buildsOn = Lineage.of(catalog, CrossReferences.EMPTY);
                }
                return buildsOn;
            }
            CrossReferences refs = references.get();
            if (withMentions == null || mentionsFrom != refs) {
                withMentions = Lineage.of(catalog, refs);
                mentionsFrom = refs;
            }
            return withMentions;
        }
    }

    /** What the notes narrating history say at their dates, read once. */
    private List<Commentary> commentary() {
        synchronized (lineageLock) {
            if (commentary == null) {
                commentary = Commentary.of(catalog);
            }
            return commentary;
        }
    }

    /**
     * The graph a page draws, as a file: the view's (a lineage view, not the timeline) or, with a paper's id, the
     * paper's neighbourhood; empty when that page draws none.
     */
    public java.util.Optional<byte[]> graphFile(HistoryView view, String paperId, LineageImage.Format format, boolean dark) {
        java.util.Optional<Lineage> drawn = paperId != null
                ? java.util.Optional.of(LineageSection.around(lineage(false), paperId))
                .filter(l -> !l.edges().isEmpty() && l.nodes().size() <= LineagePage.MAX_DRAWN)
                : LineagePage.drawn(lineage(view.mentions()), view);
        return drawn.map(l -> LineageImage.file(l, paperId, format, dark));
    }

    /** The lineage graph or the timeline of the library, as the view narrows it. */
    public Page history(HistoryView view, boolean dark) {
        return view.timeline() ? TimelinePage.render(context, lineage(false), commentary(), view, dark)
                : LineagePage.render(context, lineage(view.mentions()), view, dark);
    }

    /** The category tree the pages link into (built once per catalog; the window's tree is this one). */
    public CategoryTree categories() {
        return tree;
    }

    public Page paper(String id, Target target, boolean dark) {
        return paper(id, target, dark, Personal.NONE);
    }

    public Page paper(String id, Target target, boolean dark, Personal personal) {
        return paperPage.render(id, target, dark, personal);
    }

    /** A whole note as one page, chapter by chapter; paper names link to their pages. */
    public Page note(String noteId, Target target, boolean dark) {
        return new NotePage(context).render(noteId, target, dark);
    }

    /**
     * Papers side by side. Headers open each paper's page and carry controls to move or remove the column; rows
     * where the papers differ are marked; {@code hideSame} leaves out the rows where they all agree.
     */
    public Page comparison(List<String> ids, boolean hideSame, boolean dark) {
        return new ComparisonPage(context).render(ids, hideSame, dark);
    }

    /** The start page: what is loaded and how to begin. */
    public Page home(boolean dark) {
        return HomePage.render(context, dark);
    }

    public static Page message(String title, String text, boolean dark) {
        return MessagePage.of(title, text, dark);
    }

    /** The names this renderer links, filed once: cross references can reuse them. */
    public NameFinder<Paper> names() {
        NameFinder<Paper> m = mentions;
        if (m == null) {
            synchronized (this) {
                m = mentions;
                if (m == null) {
                    m = NameFinder.forPapers(catalog.papers(), CrossReferences.MIN_NAME);
                    mentions = m;
                }
            }
        }
        return m;
    }

    /**
     * The links of a few {@link PageAction}s, as callers outside this package wrote them before there were
     * actions; each is that action's {@link PageAction#href()}.
     */
    public static final class Links {
        private Links() {
        }

        public static String paper(String id) {
            return new PageAction.OpenPaper(id).href();
        }

        public static String paper(String id, String note, int slide) {
            return new PageAction.OpenPaper(id, note, slide).href();
        }

        public static String note(String note) {
            return new PageAction.OpenNote(note, 0).href();
        }

        public static String note(String note, int slide) {
            return new PageAction.OpenNote(note, slide).href();
        }

        public static String category(CategoryPath path) {
            return new PageAction.Category(path).href();
        }

        public static String copyCitation(String id) {
            return new PageAction.CopyCitation(id).href();
        }

        /** Asks to download figures from this host (see {@code FigureHosts}). */
        public static String allowHost(String host) {
            return new PageAction.AllowHost(host).href();
        }
    }
}
