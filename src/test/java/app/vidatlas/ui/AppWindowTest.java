package app.vidatlas.ui;

import app.vidatlas.KeptProperties;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.figures.ImageBytes;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window, headless (Monocle), on the bundled notes: search, open a result, read its page, follow a
 * link to another paper and come back; filter by category.
 */
@ExtendWith(ApplicationExtension.class)
class AppWindowTest {
    /** Every folder the tests made: {@code @Start} runs before each test, so there is one set per test. */
    private static final List<Path> MADE = new java.util.ArrayList<>();
    private static Path figures;
    private VidAtlasApp app;
    private final KeptProperties properties = new KeptProperties();

    @Start
    void start(Stage stage) throws Exception {
        figures = Files.createTempDirectory("vidatlas-figures");
        MADE.add(figures);
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        for (String name : List.of("08-102.png", "08-103.png", "08-104.png", "08-105.png")) {
            Files.write(figures.resolve(name), out.toByteArray());
        }
        assertThat(ImageBytes.mimeType(out.toByteArray())).isEqualTo("image/jpeg");
        AppLauncher.setOptions(new AppLauncher.Options(List.of(), List.of(figures), null));
        // A config of its own: nothing remembered by another test (or the user) changes what opens.
        Path config = Files.createTempDirectory("vidatlas-config");
        MADE.add(config);
        properties.set("vidatlas.configDir", config.toString());
        app = new VidAtlasApp();
        app.start(stage);
    }

    @AfterEach
    void restoreProperties() {
        properties.restore();
    }

    @AfterAll
    static void cleanUp() throws IOException {
        for (Path dir : MADE) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        MADE.clear();
    }

    private void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxPages.waitUntil(what, condition);
    }

    private Object js(String script) throws Exception {
        return FxPages.js(app, script);
    }

    private String h1() throws Exception {
        Object v = js("(document.querySelector('h1') || {textContent: ''}).textContent");
        return v == null ? "" : v.toString();
    }

    @Test
    void searchOpenReadFollowAndComeBack(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        robot.clickOn(".search-field").write("zero-shot video generators");
        waitUntil("results arrive", () -> !app.model().search().results().isEmpty());
        assertThat(app.model().search().results().get(0).id()).isEqualTo("text2video-zero");

        robot.clickOn(".search-field").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the paper's page shows", () -> h1().equals("Text2Video-Zero"));
        assertThat(js("document.querySelector('.title').textContent").toString())
                .isEqualTo("Text2Video-Zero: Text-to-Image Diffusion Models are Zero-Shot Video Generators");
        assertThat(((Number) js("document.querySelectorAll('img.fig').length")).intValue()).isGreaterThan(0);
        assertThat(js("document.querySelector('img.fig').src").toString()).startsWith("data:image/jpeg;base64,");
        assertThat(((Number) js("document.querySelectorAll('.annotations .badge.note').length")).intValue()).isGreaterThan(0);
        assertThat(((Number) js("document.querySelectorAll('mark.hit').length")).intValue())
                .as("the matched words are marked on the page").isGreaterThan(0);

        Object target = js("document.querySelector('a.mention[href=\"vidatlas:paper/magicvideo\"]') != null");
        assertThat(target).isEqualTo(Boolean.TRUE);
        js("document.querySelector('a.mention[href=\"vidatlas:paper/magicvideo\"]').click()");
        waitUntil("the mentioned paper opens", () -> h1().equals("MagicVideo"));

        robot.press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.LEFT)
                .release(javafx.scene.input.KeyCode.LEFT).release(javafx.scene.input.KeyCode.ALT);
        waitUntil("back returns", () -> h1().equals("Text2Video-Zero"));
    }

    @Test
    void atASmallWindowThePanesGiveWayAndThePageKeepsHalfTheWidth(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        waitUntil("the panes are in", () -> robot.lookup(".paper-table").tryQuery().isPresent());
        javafx.stage.Window window = app.window().split().getScene().getWindow();
        double width = window.getWidth();
        double height = window.getHeight();
        robot.interact(() -> {
            window.setWidth(1600);
            window.setHeight(1000);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double leftWide = app.window().split().getItems().get(0).getLayoutBounds().getWidth();
        double listWide = app.window().split().getItems().get(1).getLayoutBounds().getWidth();
        robot.interact(() -> {
            window.setWidth(1000);
            window.setHeight(700);
        });
        waitUntil("the window is small", () -> app.window().split().getWidth() < 1010);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double split = app.window().split().getWidth();
        assertThat(app.window().pageView().getWidth()).as("the page keeps at least half").isGreaterThanOrEqualTo(split / 2 - 1);
        assertThat(app.window().split().getItems().get(0).getLayoutBounds().getWidth()).as("the tree gives way")
                .isLessThan(leftWide);
        assertThat(app.window().split().getItems().get(1).getLayoutBounds().getWidth()).as("the list gives way")
                .isLessThan(listWide);
        // The left column (tree and five rows of each facet) is taller than 700 allows: it scrolls, and the status
        // bar stays in the window (it was pushed out of it).
        javafx.scene.Node status = robot.lookup(".status-bar").query();
        javafx.geometry.Bounds bar = status.localToScene(status.getBoundsInLocal());
        assertThat(bar.getMaxY()).as("the status bar's bottom").isLessThanOrEqualTo(status.getScene().getHeight() + 1);
        javafx.scene.Node left = app.window().split().getItems().get(0);
        assertThat(left.localToScene(left.getBoundsInLocal()).getMaxY()).as("the left column ends above the status bar")
                .isLessThanOrEqualTo(bar.getMinY() + 1);
        robot.interact(() -> {   // the stage is the next test's too
            window.setWidth(width);
            window.setHeight(height);
        });
    }

    @Test
    void aHitInThePlainTextNoteOpensItAtTheWordsMarked(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        robot.clickOn(".search-field").write("商业化的方向");
        waitUntil("results arrive", () -> !app.model().search().results().isEmpty());
        assertThat(app.model().search().results().get(0).id()).as("a passage no paper owns").isNull();
        robot.clickOn(".search-field").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the blog opens with the words marked", () -> Boolean.TRUE.equals(
                js("document.querySelector('mark.hit') != null && document.body.textContent.indexOf('商业化') >= 0")));
        waitUntil("and scrolled to them", () -> ((Number) js("window.scrollY")).doubleValue() > 100);
    }

    @Test
    void openRecentLeadsBackToTheBundledNotesAndToFoldersOpenedBefore(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        Path other = Files.createTempDirectory("vidatlas-other-notes");
        MADE.add(other);
        Files.writeString(other.resolve("one.md"), "P1\n## Kappa\n\nK.\n\nKo et al., “Kappa: K,” arXiv 2021.\n");
        assertThat(recentItems(robot)).first().isEqualTo("Bundled notes");
        WindowActions actions = new WindowActions(app, (javafx.stage.Stage) app.window().split().getScene().getWindow(),
                app.model(), null, null);
        robot.interact(() -> actions.openRecent(List.of(other)));
        waitUntil("the other notes are open", () -> app.model().browse().papers().size() == 1);
        assertThat(recentItems(robot)).as("the folder is remembered").contains(other.getFileName() + " — " + other);

        Path more = Files.createTempDirectory("vidatlas-more-notes");
        MADE.add(more);
        Files.writeString(more.resolve("two.md"), "P1\n## Lambda\n\nL.\n\nLo et al., “Lambda: L,” arXiv 2022.\n");
        robot.interact(() -> actions.addFolder(more));
        waitUntil("both folders are open in one library", () -> app.model().browse().papers().size() == 2);
        assertThat(app.model().loading().library().categories().root().children()).extracting(n -> n.label())
                .containsExactlyInAnyOrder(other.getFileName().toString(), more.getFileName().toString());

        robot.interact(() -> recentMenu(robot).getItems().stream().filter(i -> "Bundled notes".equals(i.getText()))
                .findFirst().orElseThrow().fire());
        waitUntil("back to the bundled notes", () -> app.model().browse().papers().size() == 37);
    }

    /** File > Open Recent as it is filled when it opens. */
    private static javafx.scene.control.Menu recentMenu(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> i instanceof javafx.scene.control.Menu)
                .map(i -> (javafx.scene.control.Menu) i).filter(m -> m.getText().replace("_", "").equals("Open Recent"))
                .findFirst().orElseThrow();
    }

    private static List<String> recentItems(FxRobot robot) {
        javafx.scene.control.Menu recent = recentMenu(robot);
        robot.interact(() -> recent.getOnShowing().handle(null));
        return recent.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList();
    }

    @Test
    void theKeyReadsThePageFullWindowAndEscapeReturnsToThePanes(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        waitUntil("the panes are in", () -> robot.lookup(".paper-table").tryQuery().isPresent());
        double before = app.window().pageView().getWidth();
        robot.clickOn(".search-field");
        robot.push(javafx.scene.input.KeyCode.F11);
        waitUntil("only the page is left", () -> app.window().split().getItems().size() == 1);
        assertThat(app.window().split().getItems().get(0)).isSameAs(app.window().pageView());
        waitUntil("the page takes the window's width", () -> app.window().pageView().getWidth() > before + 200);
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("the panes are back", () -> app.window().split().getItems().size() == 3);
        assertThat(robot.lookup(".paper-table").tryQuery()).isPresent();
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F);
        waitUntil("Ctrl+Shift+F does it too", () -> app.window().split().getItems().size() == 1);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F);
        waitUntil("and back", () -> app.window().split().getItems().size() == 3);
    }

    @Test
    void mathIsTypesetAndAFigureOpensLarge(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        robot.interact(() -> app.model().reader().open(new Place.PaperAt("gentron")));
        waitUntil("GenTron's page shows", () -> h1().equals("GenTron"));
        // The note writes \\(\to \\); KaTeX (bundled, offline) typesets it.
        waitUntil("math is typeset", () -> ((Number) js("document.querySelectorAll('.katex').length")).intValue() > 0);
        robot.interact(() -> app.model().reader().open(new Place.PaperAt("text2video-zero")));
        waitUntil("a page with figures shows", () -> h1().equals("Text2Video-Zero"));
        js("document.querySelector('img.fig').click()");
        waitUntil("the figure opens large", () -> "block".equals(js(
                "(document.getElementById('lightbox') || {style: {}}).style.display")));
        // In the comparison, the first figure is a thumbnail that opens the same viewer.
        robot.interact(() -> {
            app.model().compare().setComparison(List.of("text2video-zero", "gentron"));
            app.model().reader().open(new Place.Compare());
        });
        waitUntil("the comparison shows its thumbnail", () -> ((Number) js(
                "document.querySelectorAll('table.comparison img.fig.thumb').length")).intValue() == 1);
        js("document.querySelector('table.comparison img.fig.thumb').click()");
        waitUntil("the thumbnail opens large", () -> "block".equals(js(
                "(document.getElementById('lightbox') || {style: {}}).style.display")));
    }

    @Test
    void aCategoryShowsOnlyItsPapers(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        waitUntil("the tree is in", () -> robot.lookup(".tree-cell").match(n -> {
            String text = ((javafx.scene.control.TreeCell<?>) n).getText();
            return text != null && text.startsWith("Other closed-source works  (");
        }).tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(treeCell(robot, "Other closed-source works"));
        waitUntil("the category is chosen", () -> CategoryPath.parse("Video Generation / Other closed-source works")
                .equals(app.model().browse().categoryProperty().get()));
        @SuppressWarnings("unchecked")
        TableView<Paper> table = robot.lookup(".paper-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Paper::id)
                .containsExactlyInAnyOrder("gentron", "walt", "latent-shift", "videofactory", "pyoco", "videofusion");
        robot.clickOn(treeCell(robot, "All papers"));
        assertThat(table.getItems()).hasSize(37);
    }

    private static javafx.scene.Node treeCell(FxRobot robot, String label) {
        return robot.lookup(".tree-cell").match(n -> {
            String text = ((javafx.scene.control.TreeCell<?>) n).getText();
            return text != null && text.startsWith(label + "  (");
        }).query();
    }

    @Test
    void escapeClearsTheSearch(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        robot.clickOn(".search-field").write("时域");
        waitUntil("results arrive", () -> !app.model().search().results().isEmpty());
        assertThat(app.model().search().results().get(0).id()).isEqualTo("modelscope-t2v");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("the search is cleared", () -> app.model().search().results().isEmpty());
        assertThat(app.window().searchField().getText()).isEmpty();
    }

    /**
     * The list of papers and the search's results take turns in one pane, and only the one shown is in it: stacked, the
     * hidden results kept the list of papers from being painted (blank after one start in two, on screen only).
     */
    @Test
    void thePaneHoldsOnlyTheListShown(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        waitUntil("the panes are in", () -> robot.lookup(".paper-table").tryQuery().isPresent());
        assertThat(robot.lookup(".results-box").tryQuery()).as("no search: no results in the window").isEmpty();

        robot.clickOn(".search-field").write("motion");
        waitUntil("the results show", () -> robot.lookup(".results-box").tryQuery().isPresent());
        assertThat(robot.lookup(".paper-table").tryQuery()).as("the list of papers makes way").isEmpty();

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("the list of papers is back", () -> robot.lookup(".paper-table").tryQuery().isPresent());
        assertThat(robot.lookup(".results-box").tryQuery()).isEmpty();
        assertThat(robot.lookup(".paper-table").queryAs(TableView.class).getItems()).hasSize(37);
    }

    @Test
    void theLineageGraphOpensFromTheMenuAndABoxOpensItsPaper(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        waitUntil("the catalog is whole", () -> app.model().loading().library().complete());
        robot.clickOn(".search-field");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil("the lineage page shows", () -> h1().equals("Lineage"));
        assertThat(((Number) js("document.querySelectorAll('svg.lineage .node').length")).intValue()).isGreaterThan(3);
        js("document.querySelector('svg.lineage .edge path.line').dispatchEvent(new MouseEvent('mouseover',"
                + "{bubbles:true}))");
        assertThat(js("document.querySelector('.graph-tip').textContent").toString())
                .as("hovering an edge shows what it rests on").contains(" builds on ").contains("“");
        js("(function(){var a=document.querySelector('svg.lineage a[href=\"" + new app.vidatlas.pages.PageAction.OpenPaper(
                "gentron").href() + "\"] rect');a.dispatchEvent(new MouseEvent('click',{bubbles:true}));})()");
        waitUntil("GenTron's page shows", () -> h1().equals("GenTron"));
        assertThat(((Number) js("document.querySelectorAll('section.lineage svg .node.focus').length")).intValue())
                .as("its own neighbourhood, itself highlighted").isEqualTo(1);
        robot.interact(() -> app.model().reader().back());
        waitUntil("Back returns to the graph", () -> h1().equals("Lineage"));
    }
}
