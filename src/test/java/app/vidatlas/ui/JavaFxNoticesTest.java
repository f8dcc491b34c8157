package app.vidatlas.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one JavaFX start warning a user cannot act on is kept off the terminal; JavaFX's other messages are not. */
class JavaFxNoticesTest {
    @Test
    void onlyTheClassPathWarningIsQuieted() {
        JavaFxNotices.quietStartWarning();
        assertThat(JavaFxNotices.shown("Unsupported JavaFX configuration: classes were loaded from 'unnamed module "
                + "@69eee410'")).isFalse();
        assertThat(JavaFxNotices.shown("Could not resolve '-color-fg-default' while resolving lookups")).isTrue();
        assertThat(JavaFxNotices.shown(null)).isTrue();
    }
}
