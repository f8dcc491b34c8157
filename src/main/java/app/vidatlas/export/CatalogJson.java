package app.vidatlas.export;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.Excerpt;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Locale;

/**
 * The catalog as JSON, for scripts and golden tests. Field names and order are part of the CLI's contract: add
 * fields, never rename or remove them. Unknown values are {@code null}, never left out.
 */
public final class CatalogJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogJson() {
    }

    public static String papers(Collection<Paper> papers) {
        ArrayNode array = MAPPER.createArrayNode();
        papers.forEach(p -> array.add(paper(p)));
        return write(array);
    }

    public static String paperJson(Paper paper) {
        return write(paper(paper));
    }

    public static ObjectNode paper(Paper p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", p.id());
        o.put("title", p.title());
        o.put("shortName", p.shortName());
        strings(o.putArray("aliases"), p.aliases());
        strings(o.putArray("authors"), p.authors());
        if (p.year() == null) {
            o.putNull("year");
        } else {
            o.put("year", p.year());
        }
        o.put("venue", p.venue());
        o.put("arxiv", p.arxiv());
        ArrayNode categories = o.putArray("categories");
        p.categories().forEach(c -> categories.add(c.toString()));
        strings(o.putArray("tags"), p.tags());
        ArrayNode links = o.putArray("links");
        for (Link l : p.links()) {
            links.addObject().put("url", l.url()).put("kind", l.kind().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode sources = o.putArray("sources");
        for (Source s : p.sources()) {
            ObjectNode so = sources.addObject().put("note", s.note());
            ArrayNode slides = so.putArray("slides");
            s.slides().forEach(slides::add);
        }
        strings(o.putArray("keyPoints"), p.keyPoints());
        ArrayNode figures = o.putArray("figures");
        for (Figure f : p.figures()) {
            figures.addObject().put("src", f.src()).put("note", f.note()).put("slide", f.slide())
                    .put("caption", f.caption());
        }
        ArrayNode annotations = o.putArray("annotations");
        for (Annotation a : p.annotations()) {
            annotations.addObject().put("kind", a.kind().name().toLowerCase(Locale.ROOT)).put("text", a.text())
                    .put("note", a.note()).put("slide", a.slide()).put("line", a.line());
        }
        ArrayNode excerpts = o.putArray("excerpts");
        for (Excerpt e : p.excerpts()) {
            excerpts.addObject().put("note", e.note()).put("slide", e.slide()).put("text", e.text());
        }
        Attributes at = p.attributes();
        ObjectNode attributes = o.putObject("attributes");
        attributes.put("backbone", at.backbone());
        attributes.put("space", at.space());
        attributes.put("builtOn", at.builtOn());
        attributes.put("training", at.training());
        strings(attributes.putArray("conditions"), at.conditions());
        if (at.openSource() == null) {
            attributes.putNull("openSource");
        } else {
            attributes.put("openSource", at.openSource());
        }
        o.put("curated", p.curated());
        ArrayNode read = o.putArray("read");
        for (app.vidatlas.model.ReadValue v : p.read()) {
            ObjectNode value = read.addObject().put("attribute", v.attribute()).put("value", v.value());
            ArrayNode evidence = value.putArray("evidence");
            v.evidence().forEach(e -> evidence.addObject().put("note", e.note()).put("slide", e.slide())
                    .put("sentence", e.sentence()));
        }
        return o;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
