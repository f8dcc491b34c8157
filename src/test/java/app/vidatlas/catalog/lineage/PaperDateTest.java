package app.vidatlas.catalog.lineage;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A paper's date: the arXiv id's month, else a month its paper-table row gives, else its year; never guessed. */
class PaperDateTest {
    @TempDir
    Path notes;

    @Test
    void theArxivIdGivesTheMonth() {
        Paper animateDiff = TestCatalogs.bundled().paper("animatediff").orElseThrow();
        assertThat(PaperDate.of(animateDiff)).isEqualTo(new PaperDate(2023, 7, "arXiv 2307.04725"));
    }

    @Test
    void aPaperTableRowGivesTheMonthWhereThereIsNoArxivId() throws IOException {
        Files.writeString(notes.resolve("table.md"), """
                # Motion

                |ID|Year|Name|Note|Tags|Link|
                |---|---|---|---|---|---|
                |88|2023.9.24|T2m-gpt: Generating human motion from textual descriptions with discrete representations|基于VQ-VAE与GPT的文生人体运动框架||[link](88.md)|
                |89|2022|MotionDiffuse: Text-Driven Human Motion Generation with Diffusion Model|文生动作||[link](89.md)|
                """);
        Catalog catalog = TestCatalogs.load(List.of(NoteLocation.of(notes)));
        Paper t2m = catalog.papers().stream().filter(p -> p.title().startsWith("T2m-gpt")).findFirst().orElseThrow(
                () -> new AssertionError(catalog.papers().stream().map(Paper::title).toList()));
        PaperDate date = PaperDate.of(t2m);
        assertThat(date.label()).isEqualTo("2023.9");
        assertThat(date.source()).as("where it was read, to check").isEqualTo("2023.9.24 in table.md");
        Paper motionDiffuse = catalog.papers().stream().filter(p -> p.title().startsWith("MotionDiffuse")).findFirst()
                .orElseThrow();
        assertThat(PaperDate.of(motionDiffuse).label()).as("a year alone stays a year").isEqualTo("2022");
    }

    @Test
    void aBlogPassageQuotingArxivGivesTheMonth() throws IOException {
        Files.writeString(notes.resolve("slides.md"), """
                # Video generation

                P3
                ## FooCinema

                 - An image first, then the video

                Wang et al., “FooCinema: Two Stages Make a Video,” 2023.
                """);
        Files.writeString(notes.resolve("blog.txt"), """
                Video diffusion, as I read it

                FooCinema: Two Stages Make a Video, Submitted on 30 Nov 2023
                Two stages: an image first, then the video.
                """);
        Catalog catalog = TestCatalogs.load(List.of(NoteLocation.of(notes)));
        Paper foo = catalog.papers().stream().filter(p -> p.title().startsWith("FooCinema")).findFirst().orElseThrow(
                () -> new AssertionError(catalog.papers().stream().map(Paper::title).toList()));
        assertThat(PaperDate.of(foo).label()).isEqualTo("2023.11");
        assertThat(PaperDate.of(foo).source()).isEqualTo("Submitted on 30 Nov 2023 in blog.txt");
    }

    @Test
    void datesAsTheNotesWriteThem() {
        assertThat(DatesInText.in("MicroCinema …, Submitted on 30 Nov 2023").label()).isEqualTo("2023.11");
        assertThat(DatesInText.in("论文链接2023.8(证明了text质量的重要性)").label()).isEqualTo("2023.8");
        assertThat(DatesInText.in("2022年只有14篇,开山之年。").label()).isEqualTo("2022");
        assertThat(DatesInText.in("version 12023.5 of nothing").known()).isFalse();
        assertThat(DatesInText.in("arXiv 2311.15127").label()).as("an arXiv id is not a year").isEqualTo("");
        assertThat(DatesInText.in("we train 3 decoders 2023 times").label()).as("no month in 'decoders'").isEqualTo("2023");
        assertThat(DatesInText.in("generates 2048×2048 images in 2000 steps").known()).as("sizes and counts").isFalse();
        assertThat(DatesInText.in("Submitted on 7 December 2023").label()).isEqualTo("2023.12");
        assertThat(DatesInText.tableCell("| 12 | 2025.5.28 | Name | note |").label()).isEqualTo("2025.5");
        assertThat(DatesInText.tableCell("| 12 | FID 2023.5 on UCF | note |").known()).as("a number in a sentence").isFalse();
    }
}
