package app.vidatlas.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The annotations' emoji, which the window's fonts lack (an empty box), become signs they have; nothing else. */
class GlyphsTest {
    @Test
    void emojiTheFontsLackBecomeSigns() {
        assertThat(Glyphs.forWindow("\u2705 \u2705 (1) 用光流作为 Condition")).isEqualTo("✓ ✓ (1) 用光流作为 Condition");
        assertThat(Glyphs.forWindow("\u2753\uFE0F 为什么？")).isEqualTo("？ 为什么？");
        assertThat(Glyphs.forWindow("\u274C wrong \u2757")).isEqualTo("✗ wrong ！");
    }

    @Test
    void otherTextIsUntouched() {
        String plain = "Show-1: Marrying Pixel and Latent Diffusion Models 像素 ✓";
        assertThat(Glyphs.forWindow(plain)).isSameAs(plain);
        assertThat(Glyphs.forWindow(null)).isNull();
        assertThat(Glyphs.forWindow("😀 a face")).as("not an annotation mark: left as written").isEqualTo("😀 a face");
        assertThat(Glyphs.forWindow("1\uFE0F\u20E3 first")).as("a keycap keeps its selector").isEqualTo("1\uFE0F\u20E3 first");
    }
}
