package app.vidatlas.export;

import app.vidatlas.catalog.lineage.Commentary;
import app.vidatlas.catalog.lineage.FieldTimeline;
import app.vidatlas.catalog.lineage.LineageNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The timeline as CSV (one row per paper or comment, oldest first) or JSON. */
public final class TimelineExport {
    public enum Format { csv, json }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TimelineExport() {
    }

    public static String export(FieldTimeline timeline, Format format) {
        return format == Format.csv ? csv(timeline) : json(timeline);
    }

    static String csv(FieldTimeline t) {
        StringBuilder b = new StringBuilder(Csv.row(List.of("date", "kind", "id", "name", "lane", "date_from", "note",
                "slide", "text")));
        for (LineageNode n : t.papers()) {
            b.append(Csv.row(List.of(n.date().label(), "paper", n.id(), n.label(), n.lane(), n.date().source(), "", "",
                    "")));
        }
        for (Commentary c : t.commentary()) {
            b.append(Csv.row(List.of(c.date().label(), "commentary", "", "", "", c.date().source(), c.note(),
                    Integer.toString(c.slide()), c.text())));
        }
        return b.toString();
    }

    static String json(FieldTimeline t) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode papers = root.putArray("papers");
        for (LineageNode n : t.papers()) {
            ObjectNode o = papers.addObject();
            o.put("date", n.date().label());
            o.put("id", n.id());
            o.put("name", n.label());
            o.put("lane", n.lane().isEmpty() ? null : n.lane());
            o.put("dateFrom", n.date().source());
        }
        ArrayNode comments = root.putArray("commentary");
        for (Commentary c : t.commentary()) {
            ObjectNode o = comments.addObject();
            o.put("date", c.date().label());
            o.put("note", c.note());
            o.put("slide", c.slide());
            o.put("text", c.text());
        }
        root.put("undated", t.undated());
        return CatalogJson.write(root);
    }
}
