package app.vidatlas.pages;

import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Paper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper's own citation, which the notes repeat under every slide of it ({@code Zhang et al., “Show-1: …,” arXiv
 * 2023.}): taken out of the slides and shown once, in the page's header, as the notes write it. Only a paragraph
 * that is the citation alone, with the paper's exact title in quotes, is taken; anything else stays where it is.
 */
final class OwnCitation {
    private final Pattern paragraph;
    private String first;

    OwnCitation(Paper p) {
        this.paragraph = Pattern.compile("<p>([^<]{0,300}“" + Pattern.quote(HtmlText.escape(p.title())) + ",?”[^<]{0,200})</p>\\n?");
    }

    /** The slide's HTML without the citation; the first one taken is kept for the header. */
    String takeFrom(String html) {
        Matcher m = paragraph.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (first == null) {
                first = m.group(1).strip();
            }
            m.appendReplacement(out, "");
        }
        return m.appendTail(out).toString();
    }

    /** The citation as the notes write it, for the header; "" when no slide gave it. */
    String header() {
        return first == null ? "" : "<p class=\"cited\">" + first + "</p>\n";
    }
}
