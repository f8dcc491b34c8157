package app.vidatlas.export;

import app.vidatlas.model.Progress;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Comparison tables and BibTeX entries against golden files ({@code -Dvidatlas.updateGolden=true} rewrites them). */
class ComparisonAndBibTeXTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = TestCatalogs.bundled();
    }

    private static Paper paper(String id) {
        return catalog.paper(id).orElseThrow();
    }

    static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("vidatlas.updateGolden") || !Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void comparisonAsMarkdownMatchesTheGoldenFile() throws IOException {
        Comparison t = Comparison.of(List.of(paper("show-1"), paper("lavie"), paper("stable-video-diffusion")));
        golden("comparison-show-1-lavie-svd.md", ComparisonExport.markdown(t));
    }

    @Test
    void differingRowsAreMarkedAndAgreeingOnesAreNot() {
        Comparison t = Comparison.of(List.of(paper("show-1"), paper("lavie"), paper("stable-video-diffusion")));
        assertThat(t.rows()).filteredOn(r -> r.key().equals("space")).singleElement()
                .satisfies(r -> {
                    assertThat(r.values()).containsExactly("both", "latent", "latent");
                    assertThat(r.differs()).isTrue();
                });
        assertThat(t.rows()).filteredOn(r -> r.key().equals("backbone")).singleElement()
                .satisfies(r -> assertThat(r.differs()).isFalse());
        assertThat(t.rows()).filteredOn(r -> r.key().equals("name")).singleElement()
                .satisfies(r -> assertThat(r.differs()).as("names always differ; not worth a mark").isFalse());
    }

    @Test
    void aMissingAttributeIsNotStatedNeverBlank() {
        Comparison t = Comparison.of(List.of(paper("videofactory"), paper("show-1")));
        assertThat(t.rows()).filteredOn(r -> r.key().equals("backbone")).singleElement()
                .satisfies(r -> assertThat(r.values()).containsExactly("not stated", "U-Net"));
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.values()).noneMatch(String::isBlank));
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndHtmlIsEscaped() {
        Comparison t = Comparison.of(List.of(paper("show-1"), paper("stable-video-diffusion")));
        assertThat(ComparisonExport.csv(t)).startsWith("attribute,differs,Show-1,SVD\r\n")
                .contains("Conditions,yes,text,\"text, image\"\r\n");
        assertThat(ComparisonExport.html(t)).contains("<table class=\"comparison\">").doesNotContain("<script");
        assertThat(ComparisonExport.json(t)).contains("\"papers\" : [ \"show-1\", \"stable-video-diffusion\" ]");
    }

    @Test
    void twoToSixPapers() {
        assertThatThrownBy(() -> Comparison.of(List.of(paper("show-1")))).hasMessageContaining("2 to 12");
        assertThatThrownBy(() -> Comparison.of(catalog.papers().subList(0, 13))).hasMessageContaining("2 to 12");
    }

    @Test
    void bibtexForAHandfulOfPapersMatchesTheGoldenFile() throws IOException {
        Paper odd = new Paper("uber", "Über-Fast {Video} & 50% of $cost_1 #2 ~ ^ \\ Généré", "Über", List.of(),
                List.of("Zoë Çelik"), 2024, "CVPR 2025", null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Attributes.NONE, false);
        List<Paper> papers = List.of(paper("show-1"), paper("gentron"), paper("walt"), paper("latent-shift"),
                paper("modelscope-t2v"), paper("stable-video-diffusion"), odd);
        golden("papers.bib", BibTeX.entries(papers));
    }

    @Test
    void bibtexKeysAreStableAndUniqueWithinAList() {
        String bib = BibTeX.entries(List.of(paper("show-1"), paper("show-1"), paper("show-1")));
        assertThat(bib).contains("{zhang2024show,").contains("{zhang2024showa,").contains("{zhang2024showb,");
        assertThat(BibTeX.key(paper("show-1"))).isEqualTo("zhang2024show");
    }

    @Test
    void everyKeyCarriesTheYearItsEntryGives() {
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile("@\\w+\\{[a-z]+?(\\d{4})?[a-z]*,\\n(?:.*\\n)*?  year = \\{(\\d{4})\\}");
        for (Paper p : catalog.papers()) {
            String bib = BibTeX.entries(List.of(p));
            java.util.regex.Matcher m = entry.matcher(bib);
            if (m.find()) {
                assertThat(m.group(1)).as(p.id() + ": " + bib).isEqualTo(m.group(2));
            }
        }
        assertThat(BibTeX.entries(List.of(paper("show-1")))).as("IJCV 2024 for a 2023 preprint")
                .startsWith("@article{zhang2024show,").contains("year = {2024}");
    }

    @Test
    void manyPapersWithOneKeyStillGetValidDistinctKeys() {
        List<app.vidatlas.model.Paper> same = java.util.Collections.nCopies(30, paper("show-1"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@\\w+\\{([^,]+),").matcher(BibTeX.entries(same));
        List<String> keys = new java.util.ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertThat(keys).hasSize(30).doesNotHaveDuplicates().allMatch(k -> k.matches("zhang2024show[a-z]*"));
        assertThat(keys.get(27)).isEqualTo("zhang2024showaa");
    }
}
