package app.vidatlas.pages;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message a page can send, from its links or from its script, is an action the app reads. */
class PageLinksTest {
    private static final Pattern HREF = Pattern.compile("href=\"(vidatlas:[^\"]*)\"");
    private static final Pattern SENT = Pattern.compile("send\\('([^']*)'\\)");
    private static Catalog catalog;
    private static PageRenderer pages;

    @BeforeAll
    static void load() {
        catalog = TestCatalogs.bundled();
        pages = TestPages.of(catalog);
    }

    /** The {@code vidatlas:} links of every page of the bundled notes, in every state a page's buttons show. */
    private static Set<String> links() {
        List<String> html = new ArrayList<>();
        for (Paper p : catalog.papers()) {
            html.add(pages.paper(p.id(), PageRenderer.Target.NONE, false).html());
            html.add(pages.paper(p.id(), PageRenderer.Target.NONE, false,
                    new PageRenderer.Personal(true, true, "mine")).html());
        }
        for (Note n : catalog.notes()) {
            html.add(pages.note(n.id(), PageRenderer.Target.NONE, false).html());
        }
        List<String> ids = catalog.papers().stream().map(Paper::id).limit(6).toList();
        html.add(pages.comparison(ids, false, false).html());
        html.add(pages.comparison(ids, true, false).html());
        html.add(pages.home(false).html());
        Set<String> out = new LinkedHashSet<>();
        for (String h : html) {
            Matcher m = HREF.matcher(h);
            while (m.find()) {
                out.add(m.group(1).replace("&amp;", "&"));
            }
        }
        return out;
    }

    @Test
    void everyLinkOnAPageIsAnActionWrittenAsThatActionWritesIt() {
        Set<String> links = links();
        assertThat(links).hasSizeGreaterThan(50);
        for (String link : links) {
            assertThat(PageAction.parse(link)).as(link).hasValueSatisfying(a -> assertThat(a.href()).isEqualTo(link));
        }
        Set<Class<?>> kinds = new LinkedHashSet<>();
        links.forEach(l -> kinds.add(PageAction.parse(l).orElseThrow().getClass()));
        assertThat(kinds).as("the pages write these kinds of link").contains(PageAction.OpenPaper.class,
                PageAction.OpenNote.class, PageAction.Category.class, PageAction.CopyCitation.class,
                PageAction.CompareAdd.class, PageAction.Compare.class, PageAction.CompareRemove.class,
                PageAction.CompareLeft.class, PageAction.CompareRight.class, PageAction.CompareHideSame.class,
                PageAction.CompareShowAll.class, PageAction.Bookmark.class, PageAction.EditNote.class);
    }

    @Test
    void everyMessageThePageScriptSendsIsAnAction() throws IOException {
        String script;
        try (InputStream in = PageLinksTest.class.getResourceAsStream("/vidatlas/page/page.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> sent = new ArrayList<>();
        Matcher m = SENT.matcher(script);
        while (m.find()) {
            sent.add(m.group(1));
        }
        assertThat(sent).containsExactlyInAnyOrder("vidatlas:back", "vidatlas:forward", "vidatlas:loaded");
        assertThat(sent).allSatisfy(s -> assertThat(PageAction.parse(s)).as(s).isPresent());
        assertThat(PageAction.parse(new PageAction.Back().href())).contains(new PageAction.Back());
        // The script forwards a clicked vidatlas: link as it is (the test above), and a web link prefixed with open:.
        assertThat(script).contains("send(href)").contains("send('open:' + href)");
        assertThat(PageAction.parse("open:" + "https://github.com/x/y")).contains(new PageAction.OpenWeb("https://github.com/x/y"));
    }
}
