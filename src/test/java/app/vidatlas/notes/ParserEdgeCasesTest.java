package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs a review found mishandled: papers lost, remarks misplaced, code read as citations, tags from links. */
class ParserEdgeCasesTest {

    private static ParsedNote parse(String markdown) {
        return new MarkdownNoteParser().parse("edge.md", markdown);
    }

    private static List<String> titles(ParsedNote n) {
        return n.mentions().stream().map(PaperMention::title).toList();
    }

    @Test
    void aHeadingThatNamesTwoPapersKeepsBoth() {
        ParsedNote n = parse("P1\n## VideoCrafter\n\nChen et al., “VideoCrafter1: Open Diffusion Models for High-Quality "
                + "Video Generation,” arXiv 2023.\n\nChen et al., “VideoCrafter2: Overcoming Data Limitations for "
                + "High-Quality Video Diffusion Models,” arXiv 2024.\n");
        assertThat(titles(n)).anyMatch(t -> t.startsWith("VideoCrafter1")).anyMatch(t -> t.startsWith("VideoCrafter2"));
    }

    @Test
    void severalCitationsOnOneLineAreEachRead() {
        ParsedNote n = parse("P1\n## Base models\n\n- Ho et al., “Video Diffusion Models,” arXiv 2022; Singer et al., "
                + "“Make-A-Video: Text-to-Video Generation without Text-Video Data,” ICLR 2023.\n");
        assertThat(titles(n)).contains("Video Diffusion Models",
                "Make-A-Video: Text-to-Video Generation without Text-Video Data");
    }

    @Test
    void theWordsOpeningASentenceAreNotAuthors() {
        ParsedNote n = parse("P1\n## Notes\n\nAs Ho et al. “Video Diffusion Models” showed, it works.\n");
        assertThat(n.mentions()).singleElement().satisfies(m -> assertThat(m.citation().authors()).isEqualTo("Ho et al."));
    }

    @Test
    void withoutSlideMarkersARemarkGoesOnlyWithThePapersOfItsSection() {
        ParsedNote n = parse("## Section A\n\n|ID|Year|Name|Note|\n|---|---|---|---|\n|1|2023|AlphaNet: A Paper|good|\n\n"
                + "## Section B\n\n> &#x2705; This remark is about BetaNet only.\n\n"
                + "|ID|Year|Name|Note|\n|---|---|---|---|\n|2|2022|BetaNet: B Paper|fine|\n");
        PaperMention alpha = n.mentions().stream().filter(m -> m.title().startsWith("AlphaNet")).findFirst().orElseThrow();
        PaperMention beta = n.mentions().stream().filter(m -> m.title().startsWith("BetaNet")).findFirst().orElseThrow();
        assertThat(alpha.annotations()).extracting(Annotation::text).doesNotContain("This remark is about BetaNet only.");
        assertThat(beta.annotations()).extracting(Annotation::text).contains("This remark is about BetaNet only.");
    }

    @Test
    void noPaperComesFromACodeBlock() {
        ParsedNote n = parse("P1\n## Code\n\n```\nZhang et al., “Fake In Code,” arXiv 2023.\n```\n");
        assertThat(titles(n)).doesNotContain("Fake In Code");
        assertThat(n.note().slides().get(0).text()).contains("Fake In Code");
    }

    @Test
    void aLongNoteIsNeverCutInsideFencedCode() {
        String fence = "```\n" + "code line\n".repeat(MarkdownChunks.MAX_RUN + 10) + "```\n";
        ParsedNote n = parse("P1\n## Before\n\n" + fence + "\nP2\n## RealNet\n\nReal et al., “RealNet: A Real Paper,” "
                + "CVPR 2023.\n");
        assertThat(n.mentions()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MentionKind.SECTION);
            assertThat(m.title()).isEqualTo("RealNet: A Real Paper");
        });
    }

    @Test
    void aLinkShiftedIntoTheTagsColumnIsNoTag() {
        ParsedNote n = parse("|ID|Year|Name|Note|Tags|Link|\n|---|---|---|---|---|---|\n"
                + "||2021|Character Controllers Using Motion VAEs|notes|[link](https://example.org/1.html)|\n");
        assertThat(n.mentions()).singleElement().satisfies(m -> assertThat(m.tags()).isEmpty());
    }

    @Test
    void digitsAfterAReferenceTitleDoNotStallTheReader() {
        // Two neighbouring digit runs in a venue pattern backtracked cubically: 20 s for this line.
        ParsedNote n = parse("[1] Aa Bb, and Cc Dd. Title here. " + "3".repeat(1_900) + "x, 2023.\n");
        assertThat(n.note().slides()).isNotEmpty();
    }

    @Test
    void aChineseSentenceWithAQuotedPhraseIsNoCitation() {
        ParsedNote n = parse("## Bert Style\n\nMoMask则首次提出了『离散表示 + 掩码语言模型生成框架』的文生动作模型。\n");
        assertThat(n.mentions()).isEmpty();
    }
}
