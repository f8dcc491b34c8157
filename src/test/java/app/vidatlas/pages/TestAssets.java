package app.vidatlas.pages;

/** Page assets with fixed addresses, so that rendered pages compare equal on every machine. */
final class TestAssets {
    static final PageAssets ASSETS = new PageAssets("asset:page.css", "asset:page.js", "asset:katex/");

    private TestAssets() {
    }
}
