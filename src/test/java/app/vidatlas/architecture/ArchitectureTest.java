package app.vidatlas.architecture;

import java.util.concurrent.Executors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.BaseStream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

/**
 * The layers: model ← notes ← catalog ← index ← search, and export ← pages ← library ← ui and cli; userdata and
 * work beside them. Each exception to a rule says why.
 */
@AnalyzeClasses(packages = "app.vidatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("app.vidatlas.model..")
            .layer("Notes").definedBy("app.vidatlas.notes..")
            .layer("Userdata").definedBy("app.vidatlas.userdata..")
            .layer("Catalog").definedBy("app.vidatlas.catalog..")
            .layer("Index").definedBy("app.vidatlas.index..")
            .layer("Search").definedBy("app.vidatlas.search..")
            .layer("Export").definedBy("app.vidatlas.export..")
            .layer("Figures").definedBy("app.vidatlas.figures..")
            .layer("Pages").definedBy("app.vidatlas.pages..")
            .layer("Library").definedBy("app.vidatlas.library..")
            .layer("Ui").definedBy("app.vidatlas.ui..")
            .layer("Cli").definedBy("app.vidatlas.cli..")
            .layer("Launcher").definedBy("app.vidatlas", "app.vidatlas.launch..")
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
            .whereLayer("Index").mayOnlyBeAccessedByLayers("Search", "Library")
            .whereLayer("Userdata").mayOnlyBeAccessedByLayers("Index", "Figures", "Pages", "Library", "Ui", "Cli", "Launcher")
            .whereLayer("Catalog").mayOnlyBeAccessedByLayers("Index", "Search", "Export", "Figures", "Pages", "Library",
                    "Ui", "Cli", "Launcher")
            .whereLayer("Notes").mayOnlyBeAccessedByLayers("Catalog", "Index", "Search", "Export", "Figures", "Pages",
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
            // The command server's two ends (ADR 0014) are the CLI's output carried between two JVMs: the client
            // prints what the server's command printed, and the server's own standard output is its log.
            .and().doNotHaveFullyQualifiedName("app.vidatlas.launch.CommandClient")
            .and().doNotHaveFullyQualifiedName("app.vidatlas.launch.CommandServer")
            .should(ACCESS_STANDARD_STREAMS)
            .because("problems are reported as Diagnostics; the CLI decides how to print them, the app shows them");

    @ArchTest
    static final ArchRule luceneStaysInIndexAndSearch = noClasses()
            .that().resideOutsideOfPackages("app.vidatlas.index..", "app.vidatlas.search..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("the index is a cache of the notes kept with Lucene, and search ranks over it; everything else "
                    + "works on papers and notes, so the index's format can change without touching them");

    @ArchTest
    static final ArchRule theWindowAndTheCliOpenNotesThroughTheLibrary = noClasses()
            .that().resideInAnyPackage("app.vidatlas.ui..", "app.vidatlas.cli..")
            .should().dependOnClassesThat().resideInAPackage("app.vidatlas.index..")
            .because("the library is the one composition root: the window and every command get their catalog from "
                    + "its one pipeline, never a second one built on the index");

    @ArchTest
    static final ArchRule backgroundWorkGoesThroughTheTaskRunner = noClasses()
            .that().resideOutsideOfPackage("app.vidatlas.work..")
            .should().callConstructorWhere(JavaAccess.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(ForkJoinPool.class))))
            .orShould().callMethodWhere(JavaAccess.Predicates.target(HasName.Predicates.name("parallelStream")))
            .orShould().callMethodWhere(JavaAccess.Predicates.target(HasName.Predicates.name("parallel"))
                    .and(JavaAccess.Predicates.target(
                            HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(BaseStream.class)))))
            .orShould().callMethodWhere(JavaAccess.Predicates.target(HasName.Predicates.name("runAsync"))
                    .and(JavaAccess.Predicates.target(
                            HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(CompletableFuture.class)))))
            .because("work.TaskRunner is the one background-work policy: one shared pool the size of the machine "
                    + "(two indexings never make two pools), and tests run everything at once with TaskRunner.DIRECT");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("app.vidatlas.(**)").should().beFreeOfCycles()
            .because("each package (and each thing a user does in the window) can be read, tested and changed on its "
                    + "own only when nothing it uses uses it back");

    @ArchTest
    static final ArchRule jacksonOnlyWhereFilesAreReadAndWritten = noClasses()
            .that().resideOutsideOfPackages("app.vidatlas.index..", "app.vidatlas.userdata..",
                    "app.vidatlas.export..", "app.vidatlas.cli..")
            .and(notAllowedToUseJackson())
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("JSON is a file format: the index's stored records, the user's files, exports and the command "
                    + "line's --format json; a class elsewhere that needs it says why with @AllowedToUseJackson");

    @ArchTest
    static final ArchRule threadsAreMadeInOnePlace = noClasses()
            .that().resideOutsideOfPackage("app.vidatlas.work..")
            // The download timer is not work but a clock: it must fire while every worker waits on a slow site.
            .and().doNotHaveFullyQualifiedName("app.vidatlas.figures.FigureDownloader")
            // The launcher's shutdown hook is not work either: it passes the launcher's end on to the app it started.
            .and().doNotHaveFullyQualifiedName("app.vidatlas.launch.Relaunch")
            .should().callConstructorWhere(JavaAccess.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Thread.class))))
            .orShould().callMethodWhere(JavaAccess.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Executors.class))))
            .because("work.TaskRunner is the one background-work policy; a thread made elsewhere escapes the tests' "
                    + "direct runner and the window's rule that results arrive on the JavaFX thread");

    /** Classes that are not, nor inside, a class marked {@link AllowedToUseJackson} (its lambdas and records too). */
    private static DescribedPredicate<JavaClass> notAllowedToUseJackson() {
        return DescribedPredicate.describe("are not (inside) a class annotated with @AllowedToUseJackson", c -> {
            for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
                if (k.isAnnotatedWith(AllowedToUseJackson.class)) {
                    return false;
                }
            }
            return true;
        });
    }
}
