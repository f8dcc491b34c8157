package app.vidatlas.notes;

import app.vidatlas.Fixtures;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citations wherever the notes book writes them, each style in a small fixture of its own
 * ({@code src/test/resources/fixtures/styles}): what a reader would see in the catalog.
 */
class CitationStylesInNotesTest {

    private static ParsedNote parse(String name) {
        try {
            String text = Files.readString(Fixtures.resource("/fixtures/styles/" + name));
            return new MarkdownNoteParser().parse(name, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PaperMention mention(ParsedNote note, String titleStart) {
        Optional<PaperMention> m = note.mentions().stream().filter(x -> x.title().startsWith(titleStart)).findFirst();
        assertThat(m).as("a paper titled %s… in %s", titleStart, note.mentions().stream().map(PaperMention::title).toList())
                .isPresent();
        return m.get();
    }

    private static List<String> titles(ParsedNote note) {
        return note.mentions().stream().map(PaperMention::title).toList();
    }

    @Test
    void citationsInQuotesListsEmphasisAndBehindTheMagnifierAreRead() {
        ParsedNote n = parse("citations-anywhere.md");
        assertThat(mention(n, "Elucidating the Design Space").citation().venue()).isEqualTo("NeurIPS");
        assertThat(mention(n, "Denoising Diffusion Probabilistic Models").citation().authors()).isEqualTo("Ho et al.");
        assertThat(mention(n, "Flow Matching for Generative Modeling").citation().year()).isEqualTo(2022);
        assertThat(mention(n, "Adding Conditional Control").citation().venue()).isEqualTo("ICCV");
    }

    @Test
    void citationsInAnyTableColumnAreReferencesOfTheirSlide() {
        ParsedNote n = parse("citations-anywhere.md");
        PaperMention dreamFusion = mention(n, "DreamFusion: Text-to-3D using 2D Diffusion");
        assertThat(dreamFusion.kind()).isNotEqualTo(MentionKind.SECTION);
        assertThat(dreamFusion.slides()).containsExactly(2);
        assertThat(mention(n, "ProlificDreamer: High-Fidelity").citation().authors()).isEqualTo("Wang et al.");
    }

    @Test
    void chineseInlineReferencesNameTheirPapers() {
        ParsedNote n = parse("citations-anywhere.md");
        PaperMention cameraCtrl = mention(n, "CameraCtrl");
        assertThat(cameraCtrl.citation().authors()).isEqualTo("He et al.");
        assertThat(cameraCtrl.citation().year()).isEqualTo(2025);
        assertThat(cameraCtrl.slides()).containsExactly(3);
        assertThat(mention(n, "CamTrol").citation().authors()).isEqualTo("Hou and Chen");
    }

    @Test
    void noTitleHoldsQuotesAuthorsOrACitation() {
        for (String fixture : List.of("citations-anywhere.md", "part-lists.md", "reference-list.md", "paper-tables.md")) {
            assertThat(titles(parse(fixture))).as(fixture).allSatisfy(t -> {
                assertThat(t).doesNotContain("et al", "“", "”", "\"", "[", "<u>", "*");
                assertThat(t).doesNotStartWith("Part ");
            });
        }
    }

    @Test
    void aHeadingOverAListOfCitationsIsNotAPaper() {
        ParsedNote n = parse("part-lists.md");
        assertThat(titles(n)).containsExactlyInAnyOrder("Denoising Diffusion Probabilistic Models",
                "Variational Diffusion Models", "Denoising Diffusion Implicit Models", "Diffusion Schrödinger Bridge",
                "Cold Diffusion: Inverting Arbitrary Image Transforms Without Noise");
        assertThat(n.mentions()).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MentionKind.REFERENCE);
            assertThat(m.name()).isNotEqualTo("Part I");
        });
    }

    @Test
    void aNumberedReferenceListAndItsMarkersAreOnePaperEach() {
        ParsedNote n = parse("reference-list.md");
        List<PaperMention> xllm = n.mentions().stream().filter(m -> m.title().toLowerCase().startsWith("x-llm")).toList();
        assertThat(xllm).extracting(PaperMention::title).containsOnly(
                "X-LLM: Bootstrapping Advanced Large Language Models by Treating Multi-Modalities as Foreign Languages");
        assertThat(xllm).hasSize(1);
        assertThat(xllm.get(0).slides()).containsExactly(10);
        assertThat(xllm.get(0).citation().authors()).startsWith("Feilong Chen");
        assertThat(xllm.get(0).citation().venue()).isEqualTo("arXiv");
        assertThat(mention(n, "OpenFlamingo").citation().year()).isEqualTo(2023);
        assertThat(mention(n, "Uplift and Upsample").citation().venue()).isEqualTo("WACV");
        // A marker the list does not hold is said, not made into a paper.
        assertThat(titles(n)).noneMatch(t -> t.startsWith("Nothing Like This"));
        assertThat(n.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.startsWith(Findings.UNREAD_CITATION) && m.contains("Nothing Like This"));
    }

    @Test
    void paperTablesWhateverTheirHeaderAndRowShapes() {
        ParsedNote n = parse("paper-tables.md");
        PaperMention gaussiAnimate = mention(n, "GaussiAnimate");
        assertThat(gaussiAnimate.kind()).isEqualTo(MentionKind.TABLE_ROW);
        assertThat(gaussiAnimate.citation().year()).isEqualTo(2026);
        // Every descriptive column says something about the paper.
        assertThat(gaussiAnimate.keyPoints()).contains("骨骼绑定依赖LBS", "PartMM 替代LBS");
        PaperMention atom = mention(n, "ATOM");
        assertThat(atom.citation().authors()).isEqualTo("Zhai et al.");
        assertThat(atom.citation().year()).isEqualTo(2023);
        assertThat(mention(n, "TEACH").title()).isEqualTo("TEACH");
        assertThat(mention(n, "Short Row Paper").citation().year()).isEqualTo(2024);
        assertThat(mention(n, "Long Row Paper")).isNotNull();
        assertThat(mention(n, "Titled Column Paper").kind()).isEqualTo(MentionKind.TABLE_ROW);
        assertThat(titles(n)).doesNotContain("Part I");
        assertThat(n.note().slides()).anySatisfy(s -> assertThat(s.text()).contains("extra cell text"));
    }

    @Test
    void moreWorksContentInAPaperTableGivesTheTitleAndTheNameApart() {
        PaperMention lambda = mention(parse("paper-tables.md"), "Lambda: A Described Paper");
        assertThat(lambda.name()).isEqualTo("Lambda");
        assertThat(lambda.citation().venue()).isEqualTo("CVPR");
        assertThat(lambda.keyPoints()).contains("Does lambda things");
        assertThat(lambda.annotations()).extracting(Annotation::text).contains("为什么?");
    }

    @Test
    void aSlidesOwnRemarkGoesWithThePapersItLists() {
        ParsedNote n = parse("citations-anywhere.md");
        assertThat(mention(n, "CameraCtrl").kind()).isEqualTo(MentionKind.REFERENCE);
        // The remark is the slide's; the slide keeps it whatever the papers do.
        assertThat(n.note().slides()).anySatisfy(s -> assertThat(s.annotations()).extracting(Annotation::text)
                .contains("相机控制可以不训练。"));
    }
}
