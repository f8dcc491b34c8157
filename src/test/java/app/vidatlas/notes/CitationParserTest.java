package app.vidatlas.notes;

import app.vidatlas.model.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The slides' own citation style and the quoted half of a "More Works" cell. */
class CitationParserTest {

    private static Citation authored(String line) {
        return new AuthorsThenQuotedTitle().read(line).orElseThrow().citation();
    }

    @Test
    void readsTheUsualShape() {
        Citation c = authored(
                "Zhang et al., “Show-1: Marrying Pixel and Latent Diffusion Models for Text-to-Video Generation,” arXiv 2023.");
        assertThat(c.authors()).isEqualTo("Zhang et al.");
        assertThat(c.title()).isEqualTo("Show-1: Marrying Pixel and Latent Diffusion Models for Text-to-Video Generation");
        assertThat(c.venue()).isEqualTo("arXiv");
        assertThat(c.year()).isEqualTo(2023);
        assertThat(c.prefix()).isNull();
    }

    @Test
    void readsStraightQuotesAndNoFullStop() {
        Citation c = authored("Molad et al, \"Dreamix: Video Diffusion Models are General Video Editors,\" arXiv 2023");
        assertThat(c.authors()).isEqualTo("Molad et al.");
        assertThat(c.title()).isEqualTo("Dreamix: Video Diffusion Models are General Video Editors");
        assertThat(c.year()).isEqualTo(2023);
    }

    @Test
    void readsACitationWithoutVenue() {
        Citation c = authored(
                "Blattmann et al., “Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets,” 2023.");
        assertThat(c.venue()).isNull();
        assertThat(c.year()).isEqualTo(2023);
        assertThat(c.title()).startsWith("Stable Video Diffusion:");
    }

    @Test
    void readsANameBeforeTheAuthors() {
        Citation c = authored("Imagen: Saharia et al., “Imagen Video: High Definition Video Generation,” arXiv 2022.");
        assertThat(c.prefix()).isEqualTo("Imagen");
        assertThat(c.authors()).isEqualTo("Saharia et al.");
        assertThat(c.title()).isEqualTo("Imagen Video: High Definition Video Generation");
    }

    @Test
    void readsTheCommaOutsideTheQuotesAndAWorkshopVenue() {
        Citation c = authored("Lee et al., “AADiff: Audio-Aligned Video Synthesis”, CVPRW 2023.");
        assertThat(c.title()).isEqualTo("AADiff: Audio-Aligned Video Synthesis");
        assertThat(c.venue()).isEqualTo("CVPRW");
    }

    @Test
    void readsTheQuotedPartOfAMoreWorksCell() {
        Citation c = MoreWorksCell.quoted("“Conditional Image-to-Video Generation with Latent Flow Diffusion Models,” CVPR 2023.")
                .orElseThrow();
        assertThat(c.authors()).isNull();
        assertThat(c.title()).isEqualTo("Conditional Image-to-Video Generation with Latent Flow Diffusion Models");
        assertThat(c.venue()).isEqualTo("CVPR");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\" Robot dancing in times square,” arXiv 2023.",
            "Pixel-based VDM achieves better text-video alignment than latent-based VDM",
            "Finetune Imagen Video (Ho et al., 2022) which is a strong video foundation model",
            "ZeroScope: finetunes ModelScope on a small set of high-quality videos",
            "Zhang et al., “an open quote that never closes, arXiv 2023."
    })
    void doesNotTakeOtherLinesForCitations(String line) {
        assertThat(CitationRecognizer.whole(line)).isEmpty();
    }

    @Test
    void aQuotationWithoutVenueOrYearIsNotACitation() {
        assertThat(MoreWorksCell.quoted("“just a quotation”")).isEmpty();
    }
}
