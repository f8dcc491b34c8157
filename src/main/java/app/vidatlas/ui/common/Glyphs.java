package app.vidatlas.ui.common;

/**
 * Note text as the window's controls can draw it. The notes mark their annotations with emoji (✅ a note, ❓ a
 * question) that few fonts have: no font of a stock Debian with Noto CJK holds U+2705 or U+2753, and JavaFX then
 * draws an empty box. In the window's lists they become the plain signs the fonts do have (✓, ？, ！, ✗); search and
 * pages keep the text as written (the web view draws the annotations as labelled badges).
 */
public final class Glyphs {
    private Glyphs() {
    }

    /** The text with the emoji the window's fonts lack replaced by signs they have; everything else as it is. */
    public static String forWindow(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String sign = switch (c) {
                case '\u2705', '\u2714' -> "\u2713";           // ✅ ✔ → ✓
                case '\u2753', '\u2754' -> "\uFF1F";           // ❓ ❔ → ？
                case '\u2757', '\u2755' -> "\uFF01";           // ❗ ❕ → ！
                case '\u274C', '\u274E' -> "\u2717";           // ❌ ❎ → ✗
                // The emoji-presentation selector, only right after one of them (a keycap's stays).
                case '\uFE0F' -> i > 0 && "\u2705\u2714\u2753\u2754\u2757\u2755\u274C\u274E".indexOf(text.charAt(i - 1)) >= 0
                        ? "" : null;
                default -> null;
            };
            if (sign != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(sign != null ? sign : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
