package app.vidatlas.pages;

import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Paper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper's own citation, which the notes repeat under every slide of it ({@code Zhang et al., “Show-1: …,” arXiv
 * 2023.}): taken out of the slides and shown once, in the page's header, as the notes write it (each wording once:
 * notes that cite it with another venue or year keep theirs). Only a paragraph that is the citation alone, with the
 * paper's exact title in quotes, is taken; anything else stays where it is.
 */
final class OwnCitation {
    private final Pattern paragraph;
    private final java.util.Set<String> taken = new java.util.LinkedHashSet<>();

    OwnCitation(Paper p) {
        // A citation and nothing else: authors, a comma, the quoted title, the venue and a year ("Unlike “Title,” we
        // …" is commentary and stays).
        this.paragraph = Pattern.compile("<p>([^<“”]{1,160},\\s*“" + Pattern.quote(HtmlText.escape(p.title()))
                + ",?”[^<“”]{0,100}(?:19|20)\\d{2}\\.?)\\s*</p>\\n?");
    }

    /** The slide's HTML without the citation; each different wording taken is kept for the header. */
    String takeFrom(String html) {
        Matcher m = paragraph.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            taken.add(m.group(1).strip());
            m.appendReplacement(out, "");
        }
        return m.appendTail(out).toString();
    }

    /** The citation as the notes write it (each wording once), for the header; "" when no slide gave it. */
    String header() {
        StringBuilder b = new StringBuilder();
        taken.forEach(c -> b.append("<p class=\"cited\">").append(c).append("</p>\n"));
        return b.toString();
    }
}
