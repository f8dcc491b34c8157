package app.vidatlas.export;

import app.vidatlas.model.Paper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Papers as CSL-JSON, the citation data Zotero, Mendeley and citeproc read (the Citation Style Language's input
 * schema, csl-data.json 1.0.2): one item per paper, keyed as in BibTeX, with only what the notes and metadata know.
 */
public final class CslJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CslJson() {
    }

    public static String items(List<Paper> papers) {
        ArrayNode items = JSON.createArrayNode();
        Set<String> used = new HashSet<>();
        for (Paper p : papers) {
            ObjectNode item = items.addObject();
            item.put("id", BibTeX.uniqueKey(p, used));
            item.put("type", switch (Cited.kind(p)) {
                case PREPRINT -> "article";
                case JOURNAL -> "article-journal";
                case CONFERENCE -> "paper-conference";
            });
            item.put("title", p.title());
            if (!p.shortName().equals(p.title())) {
                item.put("title-short", p.shortName());
            }
            String[] name = Cited.familyAndGiven(p);
            if (name != null) {
                ObjectNode author = item.putArray("author").addObject().put("family", name[0]);
                if (!name[1].isEmpty()) {
                    author.put("given", name[1]);
                }
            }
            String year = Cited.year(p);
            if (year != null) {
                item.putObject("issued").putArray("date-parts").addArray().add(Integer.parseInt(year));
            }
            String venue = Cited.venueName(p);
            if (venue != null) {
                item.put("container-title", Cited.kind(p) == Cited.Kind.PREPRINT && p.arxiv() != null ? "arXiv" : venue);
            }
            if (p.arxiv() != null) {
                item.put("number", "arXiv:" + p.arxiv());
            }
            String url = Cited.url(p);
            if (url != null) {
                item.put("URL", url);
            }
        }
        try {
            return JSON.writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers is always JSON", e);
        }
    }
}
