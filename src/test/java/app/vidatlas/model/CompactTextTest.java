package app.vidatlas.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompactTextTest {
    private static final String SLIDE = ("> &#x2705; 先在图像上训练，再插入时序层。Temporal attention keeps the frames consistent.\n"
            + "![](../../assets/08-75.png)\n").repeat(20);

    @Test
    void givesBackTheTextItWasMadeFrom() {
        for (String text : new String[] {"", "P75", "时域一致性", SLIDE, "a\u0000b", "emoji ✅❓ 𝛼"}) {
            assertThat(CompactText.of(text).toString()).isEqualTo(text);
        }
    }

    @Test
    void aLongSlideTakesFarLessThanAJavaString() {
        CompactText t = CompactText.of(SLIDE);
        // A Java string with Chinese in it takes two bytes a character.
        assertThat(t.encoded().length).isLessThan(SLIDE.length() * 2 / 5);
    }

    @Test
    void survivesItsStoredFormAndIsEqualToItself() {
        CompactText t = CompactText.of(SLIDE);
        CompactText back = CompactText.fromEncoded(t.encoded());
        assertThat(back).isEqualTo(t).hasSameHashCodeAs(t);
        assertThat(back.toString()).isEqualTo(SLIDE);
        assertThat(CompactText.fromEncoded(CompactText.of("short").encoded()).toString()).isEqualTo("short");
        assertThat(CompactText.fromEncoded(new byte[0]).isEmpty()).isTrue();
    }

    @Test
    void aDamagedStoredFormIsRefusedWhenReadNotLater() {
        byte[] bytes = CompactText.of(SLIDE).encoded();
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> CompactText.fromEncoded(cut)).isInstanceOf(IllegalArgumentException.class);
        byte[] garbage = bytes.clone();
        for (int i = 6; i < garbage.length; i++) {
            garbage[i] = (byte) 0xff;
        }
        assertThatThrownBy(() -> CompactText.fromEncoded(garbage)).isInstanceOf(IllegalArgumentException.class);
        // A damaged length asks for no room: refused before anything is allocated.
        byte[] huge = bytes.clone();
        huge[1] = 0x7f;
        assertThatThrownBy(() -> CompactText.fromEncoded(huge)).isInstanceOf(IllegalArgumentException.class);
    }
}
