package app.vidatlas.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

/**
 * The layers: model ← notes ← catalog ← search and render ← ui and cli. Each exception to a rule says why.
 */
@AnalyzeClasses(packages = "app.vidatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("app.vidatlas.model..")
            .layer("Notes").definedBy("app.vidatlas.notes..")
            .layer("Userdata").definedBy("app.vidatlas.userdata..")
            .layer("Catalog").definedBy("app.vidatlas.catalog..")
            .layer("Search").definedBy("app.vidatlas.search..")
            .layer("Export").definedBy("app.vidatlas.export..")
            .layer("Figures").definedBy("app.vidatlas.figures..")
            .layer("Pages").definedBy("app.vidatlas.pages..")
            .layer("Library").definedBy("app.vidatlas.library..")
            .layer("Ui").definedBy("app.vidatlas.ui..")
            .layer("Cli").definedBy("app.vidatlas.cli..")
            .layer("Launcher").definedBy("app.vidatlas")
            // The benchmark corpus generator stands apart: it writes notes and depends on nothing of the app.
            .layer("Bench").definedBy("app.vidatlas.bench..")
            .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Library").mayOnlyBeAccessedByLayers("Ui", "Cli", "Launcher")
            .whereLayer("Pages").mayOnlyBeAccessedByLayers("Library", "Ui", "Cli", "Launcher")
            .whereLayer("Figures").mayOnlyBeAccessedByLayers("Pages", "Library", "Ui", "Cli", "Launcher")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Pages", "Library", "Ui", "Cli", "Launcher")
            .whereLayer("Search").mayOnlyBeAccessedByLayers("Library", "Ui", "Cli", "Launcher")
            .whereLayer("Catalog").mayOnlyBeAccessedByLayers("Search", "Export", "Figures", "Pages", "Library", "Ui",
                    "Cli", "Launcher")
            .whereLayer("Notes").mayOnlyBeAccessedByLayers("Catalog", "Search", "Export", "Figures", "Pages",
                    "Library", "Ui", "Cli", "Launcher")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingBelowTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("app.vidatlas.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only the ui layer is a JavaFX program; the CLI must run without a display");

    @ArchTest
    static final ArchRule webViewLivesInOnePlace = noClasses()
            .that().resideOutsideOfPackages("app.vidatlas.ui.reader..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene.web..")
            .because("WebView (and its JavaScript bridge) is confined to the reader, whose page view is where its safety is checked")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheCliWritesToTheConsole = noClasses()
            .that().resideOutsideOfPackages("app.vidatlas.cli..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("problems are reported as Diagnostics; the CLI decides how to print them, the app shows them");
}
