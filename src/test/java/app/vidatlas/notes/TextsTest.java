package app.vidatlas.notes;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {
    @Test
    void theBandedComparisonAgreesWithTheFullEditDistance() {
        Random r = new Random(7);
        String alphabet = "abcde ";
        for (int i = 0; i < 5000; i++) {
            String a = random(r, alphabet, 5 + r.nextInt(40));
            String b = r.nextBoolean() ? mutate(r, a, r.nextInt(6)) : random(r, alphabet, 5 + r.nextInt(40));
            for (double threshold : new double[]{0.5, 0.8, 0.85, 0.95}) {
                assertThat(Texts.similarAtLeast(a, b, threshold))
                        .as("%s ~ %s at %s", a, b, threshold)
                        .isEqualTo(1.0 - (double) Texts.levenshtein(a, b) / Math.max(a.length(), b.length()) >= threshold - 1e-9);
            }
        }
    }

    @Test
    void titlesAreOnePapersWhenAlikeWithTheSameNumbersOrOneDropped() {
        String aware = Texts.titleKey("Lumina: 3D-aware Video Generation with Camera Control");
        assertThat(Texts.sameTitle(aware, Texts.titleKey("Lumina: D-aware Video Generation with Camera Control"))).isTrue();
        assertThat(Texts.sameTitle(Texts.titleKey("Gen-1: Structure and Content-Guided Video Synthesis"),
                Texts.titleKey("Gen-2: Structure and Content-Guided Video Synthesis"))).isFalse();
        assertThat(Texts.sameTitle(Texts.titleKey("Net1: Number 1"), Texts.titleKey("Net12: Number 12"))).isFalse();
    }

    @Test
    void aShortFormAbbreviatesTheWordsBeforeIt() {
        assertThat(Texts.abbreviates("TPoS", "The Power of Sound ")).isTrue();
        assertThat(Texts.abbreviates("SVD", "Stable Video Diffusion ")).isTrue();
        assertThat(Texts.abbreviates("BM", "Beta Model ")).isTrue();
        assertThat(Texts.abbreviates("AD", "AnimateDiff ")).isTrue();
        assertThat(Texts.abbreviates("Google", "VideoPoet ")).isFalse();
        assertThat(Texts.abbreviates("2024", "Lumiere ")).isFalse();
        assertThat(Texts.abbreviates("V", "Video ")).isFalse();
    }

    @Test
    void damagedTitlesAreAlikeAndDifferentTitlesAreNot() {
        String real = Texts.titleKey("VideoFusion: Decomposed Diffusion Models for High-Quality Video Generation");
        assertThat(Texts.similarAtLeast(real, Texts.titleKey("VideoFusion: ecomposed Diffusion Models for High-Quality Video Generation"), 0.85)).isTrue();
        assertThat(Texts.similarAtLeast(Texts.titleKey("Video Diffusion Models"), Texts.titleKey("A Survey on Video Diffusion Models"), 0.85)).isFalse();
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String mutate(Random r, String s, int edits) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < edits && b.length() > 1; i++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, 'z');
                default -> b.setCharAt(at, 'y');
            }
        }
        return b.toString();
    }
}
