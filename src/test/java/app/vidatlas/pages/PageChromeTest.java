package app.vidatlas.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages load KaTeX only when they hold math: its script is most of what a page without math takes to show. */
class PageChromeTest {
    private final PageChrome chrome = new PageChrome(TestAssets.ASSETS);

    @Test
    void aPageWithoutMathLoadsNoKatex() {
        String html = chrome.document("Show-1", "<p>pixel 与 latent, $5 and (a) [b]</p>", null, List.of(), false);
        assertThat(html).doesNotContain("katex").contains("asset:page.js").contains("asset:page.css");
    }

    @Test
    void aPageWithMathInAnyOfTheScriptsDelimitersLoadsIt() {
        for (String math : List.of("\\(x^2\\)", "\\[x\\]", "$$x$$", "\\begin{align*}x\\end{align*}")) {
            String html = chrome.document("Eq", "<p>" + math + "</p>", null, List.of(), false);
            assertThat(html).as(math).contains("asset:katex/katex.min.js").contains("asset:katex/katex.min.css")
                    .contains("asset:katex/contrib/auto-render.min.js");
        }
    }
}
