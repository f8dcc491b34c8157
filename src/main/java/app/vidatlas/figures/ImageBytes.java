package app.vidatlas.figures;

import java.util.Base64;

/**
 * Tells an image by its first bytes, not its name: the notes' {@code .png} files are often JPEG. Only raster
 * formats are accepted; SVG can carry scripts and is refused.
 *
 * <p>It also reads the size an image's header claims, because WebView's decoders trust it: a GIF that claims a
 * huge frame makes {@code GIFImageLoader2} throw {@code NegativeArraySizeException} (and a merely large one would
 * allocate gigabytes). Such an image is refused before a page uses it.
 */
public final class ImageBytes {
    /** The widest or tallest image shown; the notes' figures are slides, a few thousand pixels at most. */
    public static final int MAX_SIDE = 16384;
    /** The most pixels an image may have (100 MP: 400 MB decoded, already more than a page should hold). */
    public static final long MAX_PIXELS = 100_000_000L;

    private ImageBytes() {
    }

    /** The MIME type of the image, or null when the bytes are no image we show. */
    public static String mimeType(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return "image/bmp";
        }
        return null;
    }

    /**
     * Why these bytes must not be shown although they are an image of a known kind (no size in the header, a
     * side of 0 or over {@link #MAX_SIDE}, over {@link #MAX_PIXELS}), in words for the page; null when they may.
     */
    public static String problem(byte[] b) {
        String mime = mimeType(b);
        if (mime == null) {
            return "not an image";
        }
        long[] size;
        try {
            size = switch (mime) {
                case "image/png" -> png(b);
                case "image/jpeg" -> jpeg(b);
                case "image/gif" -> gif(b);
                case "image/webp" -> webp(b);
                default -> bmp(b);
            };
        } catch (IndexOutOfBoundsException e) {
            size = null; // the header ends before it says the size: cut short or damaged
        }
        if (size == null) {
            return "its header gives no size (the file is damaged or cut short)";
        }
        long w = size[0];
        long h = size[1];
        if (w <= 0 || h <= 0) {
            return "its header claims " + w + " × " + h + " pixels";
        }
        if (w > MAX_SIDE || h > MAX_SIDE) {
            return "its header claims " + w + " × " + h + " pixels, more than " + MAX_SIDE + " a side";
        }
        if (w * h > MAX_PIXELS) {
            return "its header claims " + w + " × " + h + " pixels, more than " + MAX_PIXELS / 1_000_000 + " megapixels";
        }
        return null;
    }

    public static String dataUri(byte[] bytes, String mime) {
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    // ---- sizes as headers state them: {width, height}, or null when absent -------------------------------------

    private static long[] png(byte[] b) {
        // The IHDR chunk comes first: length (4), "IHDR", width (4), height (4), all big-endian.
        if (!(b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R')) {
            return null;
        }
        return new long[]{u32be(b, 16), u32be(b, 20)};
    }

    /** The largest of the logical screen and every frame: the decoder allocates for each. */
    private static long[] gif(byte[] b) {
        long w = u16le(b, 6);
        long h = u16le(b, 8);
        int flags = b[10] & 0xff;
        int at = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0);
        while (at < b.length) {
            int block = b[at] & 0xff;
            if (block == 0x3B) {
                break; // the trailer
            } else if (block == 0x21) {
                at = skipSubBlocks(b, at + 2);
            } else if (block == 0x2C) {
                // An image descriptor: left, top, width, height (little-endian), flags, a local color table,
                // then the LZW code size and the data as sub-blocks. A frame may reach past the screen.
                w = Math.max(w, u16le(b, at + 1) + u16le(b, at + 5));
                h = Math.max(h, u16le(b, at + 3) + u16le(b, at + 7));
                int local = b[at + 9] & 0xff;
                at += 10 + ((local & 0x80) != 0 ? 3 << ((local & 7) + 1) : 0);
                at = skipSubBlocks(b, at + 1);
            } else {
                break; // not GIF any more: the decoder stops here too
            }
        }
        return new long[]{w, h};
    }

    private static int skipSubBlocks(byte[] b, int at) {
        while (at < b.length && (b[at] & 0xff) != 0) {
            at += 1 + (b[at] & 0xff);
        }
        return at + 1;
    }

    private static long[] jpeg(byte[] b) {
        int at = 2;
        while (at + 3 < b.length) {
            if ((b[at] & 0xff) != 0xFF) {
                return null;
            }
            int marker = b[at + 1] & 0xff;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2; // markers without a length
                continue;
            }
            // SOF0..SOF15 but DHT (C4), JPG (C8) and DAC (CC): precision (1), height (2), width (2).
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return new long[]{u16be(b, at + 7), u16be(b, at + 5)};
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return null; // end of image, or the scan, before any frame header
            }
            at += 2 + u16be(b, at + 2);
        }
        return null;
    }

    private static long[] webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X": // canvas width - 1 and height - 1, 24 bits each
                return new long[]{u24le(b, 24) + 1, u24le(b, 27) + 1};
            case "VP8L": { // signature 0x2F, then 14 bits width - 1, 14 bits height - 1
                long bits = u32le(b, 21);
                return new long[]{(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
            }
            case "VP8 ": // frame tag (3), start code (3), then 14-bit width and height
                return new long[]{u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF};
            default:
                return null;
        }
    }

    private static long[] bmp(byte[] b) {
        // BITMAPINFOHEADER: signed 32-bit width and height; a negative height means rows top-down.
        return new long[]{(int) u32le(b, 18), Math.abs((long) (int) u32le(b, 22))};
    }

    private static long u16be(byte[] b, int at) {
        return ((b[at] & 0xffL) << 8) | (b[at + 1] & 0xffL);
    }

    private static long u16le(byte[] b, int at) {
        return (b[at] & 0xffL) | ((b[at + 1] & 0xffL) << 8);
    }

    private static long u24le(byte[] b, int at) {
        return u16le(b, at) | ((b[at + 2] & 0xffL) << 16);
    }

    private static long u32be(byte[] b, int at) {
        return (u16be(b, at) << 16) | u16be(b, at + 2);
    }

    private static long u32le(byte[] b, int at) {
        return u16le(b, at) | (u16le(b, at + 2) << 16);
    }
}
