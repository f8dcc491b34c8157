package app.vidatlas.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets of long lines are cut to the text around their marks; ordinary lines are shown whole. */
class SnippetWindowTest {
    @Test
    void anOrdinaryLineIsShownWhole() {
        String line = "Synthetic Captioning: use <mark>CoCa</mark> image captioner to caption the mid-frame of each "
                + "clip, then an LLM summarises the captions of the frames into one for the whole clip.";
        assertThat(SnippetWindow.cut(line)).isEqualTo(line);
        assertThat(SnippetWindow.cut(null)).isNull();
    }

    @Test
    void aHugeLineKeepsItsMatchWithSomeContextEitherSide() {
        String html = "&gt; ".repeat(2_000) + "the <mark>motion</mark> module " + "&gt; ".repeat(2_000);
        String cut = SnippetWindow.cut(html);
        assertThat(cut).contains("the <mark>motion</mark> module").startsWith("…").endsWith("…");
        assertThat(cut.length()).isLessThan(2 * SnippetWindow.CONTEXT + 60);
        assertThat(cut.replace("&gt;", "")).as("no entity cut in half").doesNotContain("&", "gt;");
    }

    @Test
    void theTextBetweenTwoDistantMatchesIsCutInTheMiddle() {
        String html = "<mark>AnimateDiff</mark> " + "word ".repeat(400) + "<mark>motion</mark> prior";
        String cut = SnippetWindow.cut(html);
        assertThat(cut).startsWith("<mark>AnimateDiff</mark> word").contains(" … ").endsWith("<mark>motion</mark> prior");
        assertThat(cut.length()).isLessThan(2 * SnippetWindow.CONTEXT + 80);
        assertThat(cut).as("cut at spaces, never inside a word").doesNotContain("wor …", "… ord");
    }

    @Test
    void aLineWithThousandsOfMatchesIsBoundedAndEndsWithACut() {
        String html = "<mark>motion</mark> ".repeat(5_000);
        String cut = SnippetWindow.cut(html);
        int text = cut.replace("<mark>", "").replace("</mark>", "").length();
        assertThat(text).isLessThanOrEqualTo(SnippetWindow.MAX_TEXT + 2 * SnippetWindow.CONTEXT);
        assertThat(cut).startsWith("<mark>motion</mark>").endsWith("…");
    }

    @Test
    void chineseTextAndCharactersOutsideTheBasicPlaneAreNeverSplit() {
        String html = "视频生成😀".repeat(200) + "<mark>运动</mark>" + "😀一致性".repeat(200);
        String cut = SnippetWindow.cut(html);
        assertThat(cut).contains("<mark>运动</mark>");
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(Character.isLowSurrogate(cut.charAt(i + 1))).isTrue();
            } else if (Character.isLowSurrogate(c)) {
                assertThat(Character.isHighSurrogate(cut.charAt(i - 1))).isTrue();
            }
        }
    }
}
