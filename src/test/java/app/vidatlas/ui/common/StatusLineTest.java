package app.vidatlas.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusLineTest {
    @Test
    void newsWithoutAnActionTakesTheLastActionAway() {
        StatusLine line = new StatusLine();
        line.show("Saved papers.bib in /home/me", new StatusLine.Action("Show in folder", () -> { }));
        assertThat(line.actionProperty().get().label()).isEqualTo("Show in folder");
        line.show("Copied a BibTeX entry for Show-1.");
        assertThat(line.textProperty().get()).isEqualTo("Copied a BibTeX entry for Show-1.");
        assertThat(line.actionProperty().get()).as("the link would act on the old news").isNull();
    }
}
