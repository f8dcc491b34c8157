package app.vidatlas.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A snippet read back as the words a user sees, matched ones marked, escapes undone once. */
class SnippetPartsTest {
    private static List<SearchResult.Part> parts(String html) {
        return new SearchResult.Snippet("n.md", 3, "slide", html).parts();
    }

    @Test
    void splitsAroundMarkedWords() {
        assertThat(parts("the <mark>temporal</mark> layers of <mark>视频</mark>")).containsExactly(
                new SearchResult.Part("the ", false), new SearchResult.Part("temporal", true),
                new SearchResult.Part(" layers of ", false), new SearchResult.Part("视频", true));
    }

    @Test
    void undoesTheHighlightersEscapingOnlyOnce() {
        assertThat(parts("a &lt;b&gt; &amp;lt; <mark>x&amp;y</mark>")).containsExactly(
                new SearchResult.Part("a <b> &lt; ", false), new SearchResult.Part("x&y", true));
    }

    @Test
    void aSnippetWithoutMatchesIsOnePlainPart() {
        assertThat(parts("no match here")).containsExactly(new SearchResult.Part("no match here", false));
    }

    @Test
    void plainTextIsMarkedWordByWordAndEscapedOutsideTheMarks() {
        SearchResult.Snippet s = SearchResult.Snippet.marking(null, 0, "my note", "A <mark> & Amp: amp", List.of("amp", "mark"));
        assertThat(s.html()).isEqualTo("A &lt;<mark>mark</mark>&gt; &amp; <mark>Amp</mark>: <mark>amp</mark>");
        assertThat(s.parts()).filteredOn(SearchResult.Part::marked).extracting(SearchResult.Part::text)
                .containsExactly("mark", "Amp", "amp");
    }
}
