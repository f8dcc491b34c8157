package app.vidatlas.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameFinderTest {
    private static List<String> found(NameFinder<String> f, String text) {
        return f.find(text).stream().map(m -> m.target() + "@" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void aCharacterWhoseLowerCaseIsLongerDoesNotBlindTheRestOfTheText() {
        NameFinder<String> f = new NameFinder<>();
        f.add("Show-1", "show-1");
        f.add("Stable Video Diffusion", "svd");
        // "İ" lower-cases to two characters as a whole string; names after it must still be found, in their place.
        String text = "İstanbul lab: Show-1 and stable video diffusion.";
        assertThat(found(f, text)).containsExactly("show-1@Show-1", "svd@stable video diffusion");
    }

    @Test
    void quotesAndBracketsAroundANameAreNotPartOfIt() {
        NameFinder<String> f = new NameFinder<>();
        f.add("“Sora”", "sora");
        f.add("(TPoS)", "tpos");
        assertThat(found(f, "We compare Sora with TPoS.")).containsExactly("sora@Sora", "tpos@TPoS");
    }
}
