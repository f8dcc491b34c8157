package app.vidatlas.ui;

import app.vidatlas.library.NotesLibrary;
import app.vidatlas.model.Note;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.ui.reader.ReaderViewModel;
import app.vidatlas.userdata.Settings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

/** The window's menu bar: File, View, Go, Notes (the notes open) and Help. */
final class MainMenus {
    /** The Notes menu lists this many notes at most. */
    private static final int MENU_NOTES = 40;

    private final MainWindow.Actions actions;
    private final ReaderViewModel reader;
    private final Runnable focusSearch;
    private final Runnable fullPage;
    private final Menu notesMenu = new Menu("_Notes");
    private final Menu themeMenu = new Menu("_Theme");
    private final MenuBar bar;

    MainMenus(MainWindow.Actions actions, ReaderViewModel reader, Runnable focusSearch, Runnable fullPage) {
        this.fullPage = fullPage;
        this.actions = actions;
        this.reader = reader;
        this.focusSearch = focusSearch;
        this.bar = createView();
    }

    /** The bundled notes, then the folders opened before, newest first (the notes open now among them). */
    private void fillRecent(Menu recent) {
        List<MenuItem> items = new java.util.ArrayList<>();
        MenuItem bundled = new MenuItem("Bundled notes");
        bundled.setOnAction(e -> actions.openRecent(List.of()));
        items.add(bundled);
        for (List<java.nio.file.Path> folders : actions.recentFolders()) {
            if (folders.isEmpty()) {
                continue;
            }
            MenuItem item = new MenuItem(folders.stream().map(FormatFolders::name).collect(java.util.stream.Collectors
                    .joining(" + ")));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(folders));
            items.add(item);
        }
        recent.getItems().setAll(items);
    }

    /** How a folder is named in the menu: its name and where it is ("notes-book — /home/me/notes-book"). */
    private static final class FormatFolders {
        static String name(java.nio.file.Path folder) {
            java.nio.file.Path name = folder.getFileName();
            return (name == null ? folder.toString() : name + " — " + folder);
        }
    }

    MenuBar bar() {
        return bar;
    }

    private MenuBar createView() {
        MenuItem open = item("_Open notes folder…", shortcut(KeyCode.O), actions::openNotesFolder);
        MenuItem add = item("_Add notes folder…", null, actions::addNotesFolder);
        Menu recent = new Menu("Open _Recent");
        recent.getItems().add(new MenuItem("Bundled notes")); // filled each time it opens; a menu needs an item to open
        recent.setOnShowing(e -> fillRecent(recent));
        MenuItem prefs = item("_Preferences…", shortcut(KeyCode.COMMA), actions::preferences);
        MenuItem quit = item("_Quit", shortcut(KeyCode.Q), actions::quit);
        MenuItem exportList = item("_Export list…", shortcut(KeyCode.E), actions::exportList);
        MenuItem exportComparison = item("Export _comparison…", null, actions::exportComparison);
        MenuItem exportNotes = item("Export my _notes…", null, actions::exportNotes);
        MenuItem exportGraph = item("Export the lineage _graph…", null, actions::exportGraph);
        Menu file = new Menu("_File", null, open, add, recent, new SeparatorMenuItem(), exportList, exportComparison,
                exportGraph, exportNotes,
                new SeparatorMenuItem(), prefs, new SeparatorMenuItem(), quit);

        MenuItem home = item("_Start page", null, () -> reader.open(new Place.Home()));
        MenuItem goBack = item("_Back", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), reader::back);
        MenuItem goForward = item("_Forward", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                reader::forward);
        MenuItem find = item("_Search", shortcut(KeyCode.K), focusSearch);
        MenuItem comparison = item("_Comparison", shortcut(KeyCode.M), () -> reader.open(new Place.Compare()));
        MenuItem lineage = item("_Lineage graph", shortcut(KeyCode.L),
                () -> reader.open(new Place.History(app.vidatlas.pages.HistoryView.LINEAGE)));
        MenuItem timeline = item("_Timeline", shortcut(KeyCode.T),
                () -> reader.open(new Place.History(app.vidatlas.pages.HistoryView.TIMELINE)));
        Menu go = new Menu("_Go", null, home, goBack, goForward, find, comparison, new SeparatorMenuItem(), lineage,
                timeline);
        ToggleGroup themes = new ToggleGroup();
        for (Settings.Theme t : Settings.Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(
                    t == Settings.Theme.SYSTEM ? "Follow the system" : t == Settings.Theme.LIGHT ? "Light" : "Dark");
            item.setToggleGroup(themes);
            item.setUserData(t);
            item.setOnAction(e -> actions.theme(t));
            themeMenu.getItems().add(item);
        }
        MenuItem matrix = item("Review _matrix of the list", new KeyCodeCombination(KeyCode.M,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::reviewMatrix);
        // Ctrl+Shift+F too: read by the window's key filter.
        MenuItem full = item("Read the page _full-window", new KeyCodeCombination(KeyCode.F11), fullPage);
        Menu view = new Menu("_View", null, full, matrix, new SeparatorMenuItem(), themeMenu);
        Menu help = new Menu("_Help", null, item("_About VidAtlas", null, actions::about));
        return new MenuBar(file, view, go, notesMenu, help);
    }

    /** Marks the theme in the View menu. */
    void showTheme(Settings.Theme theme) {
        themeMenu.getItems().forEach(i -> ((RadioMenuItem) i).setSelected(i.getUserData() == theme));
    }

    /** The notes of the library open, the first ones (a menu of thousands cannot be read; the start page lists all). */
    void showNotes(NotesLibrary library) {
        notesMenu.getItems().clear();
        List<Note> notes = library.catalog().notes();
        for (Note n : notes.subList(0, Math.min(MENU_NOTES, notes.size()))) {
            MenuItem item = new MenuItem(n.title() + "  —  " + n.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> reader.open(new Place.NoteAt(n.id(), 0)));
            notesMenu.getItems().add(item);
        }
        if (notes.size() > MENU_NOTES) {
            MenuItem all = new MenuItem("All " + notes.size() + " notes (start page)…");
            all.setOnAction(e -> reader.open(new Place.Home()));
            notesMenu.getItems().addAll(new SeparatorMenuItem(), all);
        }
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** A menu item: its label (with a mnemonic), its shortcut or null, and what it does. */
    private static MenuItem item(String label, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(label);
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
