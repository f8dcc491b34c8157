package app.vidatlas.pages;

import app.vidatlas.model.CategoryPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Links pages write come back as the actions they were written for; anything else is no action. */
class PageActionTest {
    /** Ids as the notes may spell them: separators of the link, escapes, non-Latin text, nothing at all. */
    static final List<String> AWKWARD = List.of("show-1", "a b", " padded ", "a@b", "@@", "a/b", "ch/one.md", "100%",
            "%20", "%zz", "a+b", "a#b?c&d=e", "视频生成 模型", "Über", "a\\b", "\"quoted\"", "<b>", "");

    /** One action of every kind for each awkward id. */
    static List<PageAction> samples() {
        List<PageAction> out = new ArrayList<>();
        for (String id : AWKWARD) {
            out.add(new PageAction.OpenPaper(id));
            out.add(new PageAction.OpenPaper(id, id, 0));
            out.add(new PageAction.OpenPaper(id, "ch/one@two.md", 12));
            out.add(new PageAction.OpenPaper("p", id, -1));
            out.add(new PageAction.OpenNote(id, 0));
            out.add(new PageAction.OpenNote(id, 75));
            out.add(new PageAction.CopyCitation(id));
            out.add(new PageAction.CompareAdd(id));
            out.add(new PageAction.CompareRemove(id));
            out.add(new PageAction.CompareLeft(id));
            out.add(new PageAction.CompareRight(id));
            out.add(new PageAction.CompareMoveTo(id, 3));
            out.add(new PageAction.Bookmark(id));
            out.add(new PageAction.EditNote(id));
            out.add(new PageAction.AllowHost(id));
            out.add(new PageAction.OpenHistory(new HistoryView(false, id.isBlank() ? null : id.strip(), 2022, 2023, true)));
            out.add(new PageAction.OpenHistory(new HistoryView(true, id.isBlank() ? null : id.strip(), 0, 0, false)));
            if (!id.isBlank() && !id.contains("/")) {
                // A category's segments are stripped and split at "/": CategoryPath.parse reads them so.
                out.add(new PageAction.Category(new CategoryPath(List.of("Video Generation", id.strip()))));
            }
        }
        out.add(new PageAction.Category(CategoryPath.parse("视频生成 / Open-source base models / 100% @ home")));
        out.addAll(List.of(new PageAction.Compare(), new PageAction.CompareHideSame(), new PageAction.CompareShowAll(),
                new PageAction.Back(), new PageAction.Forward(), new PageAction.Loaded(),
                new PageAction.OpenWeb("https://example.org/a b?x=1&y=%20#视频"), new PageAction.OpenWeb("HTTP://x.org")));
        return out;
    }

    @Test
    void everyActionReadsBackFromItsLink() {
        for (PageAction a : samples()) {
            assertThat(PageAction.parse(a.href())).as(a.href()).contains(a);
        }
    }

    @Test
    void theSamplesCoverEveryKindOfAction() {
        Set<Class<?>> kinds = samples().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.asList(PageAction.class.getPermittedSubclasses()));
    }

    @Test
    void linksCarryNoCharacterThatWouldEndThemEarly() {
        for (PageAction a : samples()) {
            if (!(a instanceof PageAction.OpenWeb)) {
                assertThat(a.href()).as(a.toString()).startsWith("vidatlas:").matches("[A-Za-z0-9:/@%._*-]*");
            }
        }
    }

    @Test
    void theMessagesTheWindowHasAlwaysReadAreReadTheSameWay() {
        assertThat(parse("vidatlas:paper/sigma-net")).contains(new PageAction.OpenPaper("sigma-net"));
        assertThat(parse("vidatlas:paper/omega@ch%2Fone.md@2")).contains(new PageAction.OpenPaper("omega", "ch/one.md", 2));
        assertThat(parse("vidatlas:paper/delta@n.md@3")).contains(new PageAction.OpenPaper("delta", "n.md", 3));
        assertThat(parse("vidatlas:paper/delta@n.md@P3")).as("a slide that is not a number is 0")
                .contains(new PageAction.OpenPaper("delta", "n.md", 0));
        assertThat(parse("vidatlas:paper/delta@n.md")).as("a note without a slide: the paper only")
                .contains(new PageAction.OpenPaper("delta"));
        assertThat(parse("vidatlas:paper/delta@n.md@3@4")).contains(new PageAction.OpenPaper("delta"));
        assertThat(parse("vidatlas:paper")).contains(new PageAction.OpenPaper(""));
        assertThat(parse("vidatlas:paper/a+b%20c")).as("decoded as URLDecoder does").contains(new PageAction.OpenPaper("a b c"));
        assertThat(parse("vidatlas:note/ch%2Fone.md")).contains(new PageAction.OpenNote("ch/one.md", 0));
        assertThat(parse("vidatlas:note/ch.md@5")).contains(new PageAction.OpenNote("ch.md", 5));
        assertThat(parse("vidatlas:note/ch.md@x")).contains(new PageAction.OpenNote("ch.md", 0));
        assertThat(parse("vidatlas:note/ch.md@0")).contains(new PageAction.OpenNote("ch.md", 0));
        assertThat(parse("vidatlas:category/Video%20Generation%20%2F%20Base"))
                .contains(new PageAction.Category(new CategoryPath(List.of("Video Generation", "Base"))));
        assertThat(parse("vidatlas:copy-citation/sigma-net")).contains(new PageAction.CopyCitation("sigma-net"));
        assertThat(parse("vidatlas:compare-add/a%40b")).contains(new PageAction.CompareAdd("a@b"));
        assertThat(parse("vidatlas:compare")).contains(new PageAction.Compare());
        assertThat(parse("vidatlas:compare-remove/x")).contains(new PageAction.CompareRemove("x"));
        assertThat(parse("vidatlas:compare-left/x")).contains(new PageAction.CompareLeft("x"));
        assertThat(parse("vidatlas:compare-right/x")).contains(new PageAction.CompareRight("x"));
        assertThat(parse("vidatlas:compare-hide-same")).contains(new PageAction.CompareHideSame());
        assertThat(parse("vidatlas:compare-show-all")).contains(new PageAction.CompareShowAll());
        assertThat(parse("vidatlas:bookmark/gentron")).contains(new PageAction.Bookmark("gentron"));
        assertThat(parse("vidatlas:edit-note/gentron")).contains(new PageAction.EditNote("gentron"));
        assertThat(parse("vidatlas:back")).contains(new PageAction.Back());
        assertThat(parse("vidatlas:forward")).contains(new PageAction.Forward());
        assertThat(parse("vidatlas:loaded")).contains(new PageAction.Loaded());
        assertThat(parse("vidatlas:allow-host/figures.example.org"))
                .contains(new PageAction.AllowHost("figures.example.org"));
        assertThat(parse("open:https://arxiv.org/abs/2309.15818")).contains(new PageAction.OpenWeb("https://arxiv.org/abs/2309.15818"));
        assertThat(parse("open:http://example.org")).contains(new PageAction.OpenWeb("http://example.org"));
    }

    @Test
    void anythingElseIsNoAction() {
        for (String junk : new String[]{null, "", "vidatlas:", "vidatlas:/x", "vidatlas:unknown/x", "vidatlas:Paper/x",
                "VIDATLAS:paper/x", " vidatlas:paper/x", "javascript:alert(1)", "open:javascript:alert(1)",
                "open:file:///etc/passwd", "open:", "open:vidatlas:paper/x", "https://example.org", "paper/x",
                "vidatlas:paper/%zz", "vidatlas:note/50%", "vidatlas:category/", "vidatlas:category/%20/%20"}) {
            assertThat(parse(junk)).as(String.valueOf(junk)).isEmpty();
        }
    }

    @Test
    void aWebActionIsOnlyEverAWebAddress() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PageAction.OpenWeb("javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSlideWithoutItsNoteIsNoPlace() {
        assertThat(new PageAction.OpenPaper("x", null, 4)).isEqualTo(new PageAction.OpenPaper("x"));
    }

    private static Optional<PageAction> parse(String message) {
        return PageAction.parse(message);
    }
}
