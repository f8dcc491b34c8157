package app.vidatlas.catalog.merge;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Progress;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.Fixtures;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.notes.NoteLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogBuilderTest {
    private static Catalog load(Path dir) {
        return TestCatalogs.load(List.of(new NoteLocation(dir, "notes")),
                Fixtures.notesDir().resolve("fixture-papers.json"), "fixture-papers.json");
    }

    private static String word(java.util.Random r) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            w.append((char) ('a' + r.nextInt(26)));
        }
        return w.toString();
    }

    private static Paper paper(Catalog c, String id) {
        return c.paper(id).orElseThrow(() -> new AssertionError("no paper " + id + " in " + c.byId().keySet()));
    }

    @Test
    void aPaperInTwoNotesIsOnePaperWithBothSources(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/one.md"), "P5\n# Chapter\n\n## Omega\n\nText\n\n"
                + "Wu et al., “Omega: A Paper,” arXiv 2023.\n");
        Files.writeString(dir.resolve("two.md"), "P9\n# 2 Video Generation\n\n## 2.2 Base models\n\nP10\n## Omega\n\n"
                + "Wu et al., “Omega: A Paper,” arXiv 2023.\n\nP11\n## Omega\n\nmore\n");
        Catalog c = load(dir);
        assertThat(c.papers()).hasSize(1);
        Paper omega = c.papers().get(0);
        assertThat(omega.id()).isEqualTo("omega");
        assertThat(omega.sources()).containsExactly(new Source("a/one.md", List.of(5)), new Source("two.md", List.of(10, 11)));
        assertThat(omega.categories()).extracting(CategoryPath::toString)
                .containsExactly("Chapter", "Video Generation / Base models");
        assertThat(omega.authors()).containsExactly("Wu et al.");
        assertThat(omega.curated()).isFalse();
    }

    @Test
    void aDamagedTitleStillMergesAndTheCommonSpellingWins(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "P1\n## TokenFlow\n\nGeyer et al., “TokenFlow: Consistent Diffusion "
                + "Features for Consistent Video Edigng,” arXiv 2023.\n");
        Files.writeString(dir.resolve("b.md"), "P2\n## TokenFlow\n\nGeyer et al., “TokenFlow: Consistent Diffusion "
                + "Features for Consistent Video Editing,” arXiv 2023.\n\nP3\n## TokenFlow\n\nGeyer et al., “TokenFlow: "
                + "Consistent Diffusion Features for Consistent Video Editing,” arXiv 2023.\n");
        Catalog c = load(dir);
        assertThat(c.papers()).singleElement().satisfies(p -> {
            assertThat(p.title()).endsWith("Video Editing");
            assertThat(p.sources()).extracting(Source::note).containsExactly("a.md", "b.md");
        });
    }

    @Test
    void aDamagedTitleMergesEvenAmongManyTitlesThatStartTheSame(@TempDir Path dir) throws IOException {
        StringBuilder a = new StringBuilder("# Chapter\n\n");
        java.util.Random r = new java.util.Random(3);
        for (int i = 1; i <= 45; i++) {
            // More papers starting with "Video" than the first-word look-up will compare with; otherwise unalike.
            a.append("P").append(i).append("\n## V").append(i).append("\n\nWu et al., “Video ")
                    .append(word(r)).append(' ').append(word(r)).append(",” arXiv 2023.\n\n");
        }
        a.append("P50\n## Unleashed\n\nLi et al., “Video Generation Unleashed,” arXiv 2023.\n");
        Files.writeString(dir.resolve("a.md"), a.toString());
        Files.writeString(dir.resolve("b.md"), "P1\n## Gen-U\n\nLi et al., “Video Generaton Unleashed,” arXiv 2023.\n");
        Catalog c = load(dir);
        assertThat(c.papers()).hasSize(46);
        assertThat(c.papers()).filteredOn(p -> p.title().endsWith("Unleashed")).singleElement()
                .satisfies(p -> assertThat(p.sources()).extracting(Source::note).containsExactly("a.md", "b.md"));
    }

    @Test
    void titlesThatDifferInANumberAreDifferentPapers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "P1\n## First\n\nEsser et al., “Gen-1: Structure and Content-Guided "
                + "Video Synthesis with Diffusion Models,” ICCV 2023.\n\nP2\n## Second\n\nEsser et al., “Gen-2: Structure "
                + "and Content-Guided Video Synthesis with Diffusion Models,” arXiv 2023.\n");
        assertThat(load(dir).papers()).extracting(Paper::title).containsExactly(
                "Gen-1: Structure and Content-Guided Video Synthesis with Diffusion Models",
                "Gen-2: Structure and Content-Guided Video Synthesis with Diffusion Models");
    }

    @Test
    void differentPapersWithSimilarWordsStayApart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "P1\n## VDM\n\nHo et al., “Video Diffusion Models,” arXiv 2022.\n\n"
                + "P2\n## Survey\n\nXing et al., “A Survey on Video Diffusion Models,” arXiv 2023.\n\n"
                + "P3\n## One\n\nChen et al., “VideoCrafter1: Open Diffusion Models for High-Quality Video Generation,” arXiv 2023.\n\n"
                + "P4\n## Two\n\nChen et al., “VideoCrafter2: Overcoming Data Limitations for High-Quality Video Diffusion Models,” arXiv 2024.\n");
        assertThat(load(dir).papers()).hasSize(4);
    }

    @Test
    void curatedMetadataWinsForMetadataAndTheNotesForContent() {
        Catalog c = load(Fixtures.notesDir());
        Paper psi = paper(c, "psi");
        assertThat(psi.title()).isEqualTo("Psi: Decomposed Things");
        assertThat(psi.venue()).isEqualTo("CVPR 2023");
        assertThat(psi.arxiv()).isEqualTo("2301.00001");
        assertThat(psi.attributes().backbone()).isEqualTo("U-Net");
        assertThat(psi.attributes().openSource()).isFalse();
        assertThat(psi.attributes().space()).as("not stated stays null, never 'no'").isNull();
        assertThat(psi.keyPoints()).containsExactly("Psi text");
        assertThat(psi.figures()).singleElement().satisfies(f -> assertThat(f.src()).isEqualTo("../../assets/p4.png"));
        assertThat(psi.curated()).isTrue();
    }

    @Test
    void plainTextNotesMentionPapersByCuratedNamesLongestFirst() {
        Catalog c = load(Fixtures.notesDir());
        Paper vdm = paper(c, "vdm");
        Paper survey = paper(c, "video-diffusion-survey");
        Paper svd = paper(c, "stable-video-diffusion");
        assertThat(vdm.annotations()).extracting(a -> a.line()).containsExactly(7, 13);
        assertThat(vdm.annotations()).allSatisfy(a -> assertThat(a.kind()).isEqualTo(AnnotationKind.PASSAGE));
        assertThat(survey.annotations()).singleElement().satisfies(a -> assertThat(a.text()).contains("的研究分享"));
        assertThat(svd.annotations()).singleElement().satisfies(a -> assertThat(a.line()).isEqualTo(15));
        assertThat(vdm.sources()).containsExactly(new Source("blog.txt", List.of()));
        assertThat(vdm.links()).extracting(l -> l.url()).contains("https://github.com/example/vdm");
        assertThat(vdm.categories()).extracting(CategoryPath::toString).containsExactly("Foundations");
    }

    @Test
    void aParagraphWithoutNamesMentionsNothing() {
        Catalog c = load(Fixtures.notesDir());
        assertThat(c.papers()).flatExtracting(Paper::annotations)
                .noneMatch(a -> a.text().contains("diffusion models in general"));
    }

    @Test
    void idsAreReadableStableAndUnique(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "P1\n## W.A.L.T.\n\nGupta et al., “Photorealistic Video Generation with "
                + "Diffusion Models,” arXiv 2023.\n\nP2\n## Omega\n\nWu et al., “Omega: A Paper,” arXiv 2023.\n\n"
                + "P3\n## Omega\n\nZed et al., “Omega: Something Entirely Different,” arXiv 2024.\n");
        Catalog c = load(dir);
        assertThat(c.papers()).extracting(Paper::id).containsExactly("w-a-l-t", "omega", "omega-2");
        assertThat(load(dir).papers()).extracting(Paper::id).containsExactly("w-a-l-t", "omega", "omega-2");
    }

    @Test
    void closestSuggestsTheMeantPaper() {
        Catalog c = load(Fixtures.notesDir());
        assertThat(c.closest("psy")).map(Paper::id).contains("psi");
        assertThat(c.closest("stable-video-difusion")).map(Paper::id).contains("stable-video-diffusion");
        assertThat(c.closest("zzzzzzzz")).isEmpty();
    }

    @Test
    void aPaperNamedInOneNoteAndTitledInAnotherIsOneEntryWithTheWholeTitle(@TempDir Path dir) throws IOException {
        // The name-only note comes first in path order: the name still waits for the title.
        Files.writeString(dir.resolve("a.md"), "P1\n## 新视角\n\nCameraCtrl[He等人2024]将相机运动编码到注意力层中。\n");
        Files.writeString(dir.resolve("b.md"), "P2\n## CameraCtrl\n\nHe et al., “CameraCtrl: Enabling Camera Control "
                + "for Video Diffusion Models,” arXiv 2024.\n");
        Catalog c = load(dir);
        assertThat(c.papers()).extracting(Paper::title)
                .containsExactly("CameraCtrl: Enabling Camera Control for Video Diffusion Models");
        assertThat(c.papers().get(0).sources()).extracting(Source::note).containsExactly("b.md", "a.md");
    }

    @Test
    void aNameIsNotJoinedToAnotherPaperOfTheSameAuthorAndYear(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "P1\n## 头部\n\nDELTA[Feng等2023]使用混合表示。RL [Black et al., 2023] 微调。\n");
        Files.writeString(dir.resolve("b.md"), "P2\n## Priors\n\nFeng et al., “Score-Based Diffusion Models as "
                + "Principled Priors for Inverse Imaging,” ICCV 2023.\n\nP3\n## Rewards\n\nBlack et al., “Training "
                + "Diffusion Models with Reinforcement Learning,” arXiv 2023.\n");
        Catalog c = load(dir);
        assertThat(c.papers()).extracting(Paper::title).containsExactlyInAnyOrder("DELTA",
                "Score-Based Diffusion Models as Principled Priors for Inverse Imaging",
                "Training Diffusion Models with Reinforcement Learning");
        Paper rl = c.papers().stream().filter(p -> p.title().startsWith("Training")).findFirst().orElseThrow();
        assertThat(rl.sources()).extracting(Source::note).contains("a.md", "b.md");
    }
}
