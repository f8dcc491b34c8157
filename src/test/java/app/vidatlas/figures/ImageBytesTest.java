package app.vidatlas.figures;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The size an image's header claims, read before any decoder trusts it. */
class ImageBytesTest {
    private static byte[] image(String format, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void realImagesOfEveryKindPass() throws IOException {
        for (String format : new String[]{"png", "jpg", "gif", "bmp"}) {
            assertThat(ImageBytes.problem(image(format, 1600, 900))).as(format).isNull();
        }
    }

    @Test
    void aPngClaimingTwentyThousandPixelsAcrossIsRefused() throws IOException {
        byte[] png = image("png", 4, 3);
        ByteBuffer.wrap(png).putInt(16, 20000);
        assertThat(ImageBytes.problem(png)).contains("20000 × 3").contains("16384 a side");
    }

    @Test
    void aJpegWhoseFrameHeaderClaimsTooManyPixelsIsRefused() throws IOException {
        byte[] jpeg = image("jpg", 4, 3);
        int sof = 2;
        while (!((jpeg[sof] & 0xff) == 0xFF && (jpeg[sof + 1] & 0xff) == 0xC0)) {
            sof++;
        }
        ByteBuffer.wrap(jpeg).putShort(sof + 5, (short) 12000).putShort(sof + 7, (short) 12000);
        assertThat(ImageBytes.problem(jpeg)).contains("12000 × 12000").contains("100 megapixels");
    }

    @Test
    void aGifFrameLargerThanItsScreenIsRefused() {
        // Screen 10 × 10, one frame descriptor of 40000 × 10: the decoder allocates for the frame.
        ByteBuffer gif = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        gif.put("GIF89a".getBytes()).putShort((short) 10).putShort((short) 10).put((byte) 0).put((byte) 0)
                .put((byte) 0);
        gif.put((byte) 0x2C).putShort((short) 0).putShort((short) 0).putShort((short) 40000).putShort((short) 10)
                .put((byte) 0).put((byte) 2).put((byte) 0).put((byte) 0x3B);
        assertThat(ImageBytes.problem(gif.array())).contains("40000 × 10");
    }

    @Test
    void aWebpCanvasOfZeroOrAbsurdSizeIsRefused() {
        ByteBuffer webp = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        webp.put("RIFF".getBytes()).putInt(22).put("WEBPVP8X".getBytes()).putInt(10).putInt(0);
        webp.put((byte) 0x3F).put((byte) 0x9C).put((byte) 0x00); // width - 1 = 39999
        webp.put((byte) 0x00).put((byte) 0x00).put((byte) 0x00); // height - 1 = 0
        assertThat(ImageBytes.problem(webp.array())).contains("40000 × 1");
    }

    @Test
    void anImageCutShortBeforeItsSizeIsRefused() throws IOException {
        assertThat(ImageBytes.problem(Arrays.copyOf(image("png", 4, 3), 14))).contains("no size");
        assertThat(ImageBytes.problem(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})).contains("no size");
    }
}
