package app.vidatlas.pages;

import app.vidatlas.catalog.PaperAttributes;
import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Evidence;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;


/**
 * Where an attribute's value in a comparison comes from, after the value: "curated" for the curated metadata, else
 * one link per value read from the notes, which shows its sentence on hover and opens its slide on a click.
 */
final class AttributeSources {
    private AttributeSources() {
    }

    /** The sources of the paper's value for {@code key}, or "" when the row is not an attribute or says nothing. */
    static String html(Paper p, String key) {
        if (!PaperAttributes.isAttribute(key)) {
            return "";
        }
        PaperAttributes.Attribute a = PaperAttributes.of(p, key);
        if (a.values().isEmpty()) {
            return "";
        }
        if (a.curated()) {
            return " <span class=\"curated\" title=\"" + HtmlText.escape(a.sources()) + "\">curated</span>";
        }
        StringBuilder b = new StringBuilder("<span class=\"sources\">");
        for (PaperAttributes.Shown v : a.values()) {
            Evidence first = v.evidence().get(0);
            b.append("<a class=\"evidence\" href=\"").append(new PageAction.OpenNote(first.note(), first.slide()).href())
                    .append("\" title=\"").append(HtmlText.escape(v.sources())).append("\">")
                    .append(HtmlText.escape(a.values().size() > 1 ? v.value() + " · " + place(first) : place(first)))
                    .append("</a>");
        }
        return b.append("</span>").toString();
    }

    private static String place(Evidence e) {
        return e.slide() > 0 ? Slide.label(e.slide()) : "note";
    }
}
