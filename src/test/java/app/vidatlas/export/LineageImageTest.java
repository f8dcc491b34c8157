package app.vidatlas.export;

import app.vidatlas.catalog.lineage.EdgeKind;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageEdge;
import app.vidatlas.catalog.lineage.LineageNode;
import app.vidatlas.catalog.lineage.PaperDate;
import app.vidatlas.model.Evidence;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lineage as a file: SVG with its own colours and no links, PNG drawn from the same layout. */
class LineageImageTest {
    private static final Lineage LINEAGE = Lineage.of(List.of(
            new LineageNode("outside:sd", "Stable Diffusion 2.1", false, PaperDate.UNKNOWN, ""),
            new LineageNode("svd", "SVD", true, new PaperDate(2023, 11, "arXiv 2311.15127"), "Video Generation"),
            new LineageNode("evil", "<script>alert(1)</script>\u0007", true, new PaperDate(2024, 1, "year"), "")),
            List.of(new LineageEdge("svd", "outside:sd", EdgeKind.BUILDS_ON,
                            List.of(new Evidence("n.md", 85, "Initialize weights from Stable Diffusion 2.1"))),
                    new LineageEdge("evil", "svd", EdgeKind.MENTIONS,
                            List.of(new Evidence("n.md", 86, "\" onmouseover=\"alert(2)")))));

    @Test
    void theSvgFileCarriesItsColoursTheEvidenceAndNoLinkOrScript() {
        String svg = new String(LineageImage.file(LINEAGE, "svd", LineageImage.Format.SVG, true), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<style>")
                .contains(LineageImage.Colours.DARK.background())
                .contains("<title>SVD builds on Stable Diffusion 2.1 (read from the notes)")
                .contains("Initialize weights from Stable Diffusion 2.1")
                .contains("class=\"node focus\"").contains("class=\"edge mentions\"")
                .doesNotContain("<a href").doesNotContain("<script>").doesNotContain("\" onmouseover=\"")
                .doesNotContain("\u0007");
    }

    @Test
    void thePngIsAnImageOfTheDrawingAtTwiceItsSize() throws IOException {
        byte[] png = LineageImage.file(LINEAGE, null, LineageImage.Format.PNG, false);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        var layout = app.vidatlas.catalog.lineage.LineageLayout.of(LINEAGE);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(layout.width() * 2));
        // The background is the light one, and the boxes are drawn on it (not a blank picture).
        assertThat(image.getRGB(1, 1) & 0xffffff).isEqualTo(0xffffff);
        long drawn = 0;
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                drawn += (image.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        assertThat(drawn).isGreaterThan(200);
    }

    @Test
    void linesGoFromTheBaseToTheMethodAndPassLongEdgesThroughKeptRows() {
        List<LineageGeometry.Line> lines = LineageImage.lines(LINEAGE);
        assertThat(lines).hasSize(2);
        LineageGeometry.Line sd = lines.stream().filter(l -> l.later().node().id().equals("svd")).findFirst().orElseThrow();
        assertThat(sd.base().node().id()).isEqualTo("outside:sd");
        assertThat(sd.svg()).startsWith("M").contains(" C");
        assertThat(sd.path().getCurrentPoint().getX()).isEqualTo(sd.later().x());
    }

    @Test
    void aHugeDrawingIsScaledDownToAPictureNotAPoster() throws IOException {
        List<LineageNode> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(new LineageNode("p" + i, "Paper " + i, true, new PaperDate(2024, 1, "test"), ""));
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                LineageImage.file(Lineage.of(many, List.of()), null, LineageImage.Format.PNG, true)));
        assertThat((double) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(LineagePng.MAX_PIXELS + image.getWidth()
                + image.getHeight());
    }
}
