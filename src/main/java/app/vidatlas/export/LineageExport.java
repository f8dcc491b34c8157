package app.vidatlas.export;

import app.vidatlas.catalog.lineage.LineageEdge;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageNode;
import app.vidatlas.model.Evidence;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * A lineage as JSON (every node and edge, each edge with its sentences; {@code from} builds on {@code to}), Graphviz
 * DOT or Mermaid (for a paper or a wiki; the sentences are in the JSON, the drawings say only the kinds). The drawings
 * put a base before what is built on it, so time runs left to right as in the app.
 */
public final class LineageExport {
    public enum Format { json, dot, mermaid }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LineageExport() {
    }

    public static String export(Lineage lineage, Format format) {
        return switch (format) {
            case json -> json(lineage);
            case dot -> dot(lineage);
            case mermaid -> mermaid(lineage);
        };
    }

    static String json(Lineage lineage) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (LineageNode n : lineage.nodes()) {
            ObjectNode o = nodes.addObject();
            o.put("id", n.id());
            o.put("label", n.label());
            o.put("inNotes", n.inNotes());
            o.put("date", n.date().known() ? n.date().label() : null);
            o.put("dateFrom", n.date().known() ? n.date().source() : null);
            o.put("lane", n.lane().isEmpty() ? null : n.lane());
        }
        ArrayNode edges = root.putArray("edges");
        for (LineageEdge e : lineage.edges()) {
            ObjectNode o = edges.addObject();
            o.put("from", e.from());
            o.put("to", e.to());
            o.put("kind", e.kind().key());
            ArrayNode ev = o.putArray("evidence");
            for (Evidence x : e.evidence()) {
                ObjectNode s = ev.addObject();
                s.put("note", x.note());
                s.put("slide", x.slide());
                s.put("sentence", x.sentence());
            }
        }
        return CatalogJson.write(root);
    }

    static String dot(Lineage lineage) {
        StringBuilder b = new StringBuilder("digraph lineage {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
        for (LineageNode n : lineage.nodes()) {
            // A line break in a DOT label is the two characters \n, inside the quotes.
            String label = quoted(n.label() + (n.date().known() ? "\u0000" + n.date().label() : "")).replace("\u0000", "\\n");
            b.append("  ").append(quoted(n.id())).append(" [label=").append(label)
                    .append(n.inNotes() ? "" : ", style=\"rounded,dashed\", color=gray, fontcolor=gray").append("];\n");
        }
        for (LineageEdge e : lineage.edges()) {
            // Written base → method so that time runs left to right; dir=back turns the arrow to read "builds on".
            boolean mentions = e.kind() == app.vidatlas.catalog.lineage.EdgeKind.MENTIONS;
            String tail = mentions ? e.from() : e.to();
            String head = mentions ? e.to() : e.from();
            b.append("  ").append(quoted(tail)).append(" -> ").append(quoted(head)).append(" [label=")
                    .append(quoted(e.kind().key())).append(switch (e.kind()) {
                        case CURATED -> ", dir=back, style=bold";
                        case BUILDS_ON -> ", dir=back";
                        case MENTIONS -> ", style=dotted, color=gray, constraint=false";
                    }).append("];\n");
        }
        return b.append("}\n").toString();
    }

    static String mermaid(Lineage lineage) {
        StringBuilder b = new StringBuilder("graph LR\n");
        Map<String, String> ids = new HashMap<>();
        for (LineageNode n : lineage.nodes()) {
            String id = "n" + ids.size();
            ids.put(n.id(), id);
            String label = (n.label() + (n.date().known() ? " " + n.date().label() : "")).replace("\"", "'");
            b.append("  ").append(id).append(n.inNotes() ? "[\"" + label + "\"]" : "([\"" + label + "\"])").append('\n');
        }
        for (LineageEdge e : lineage.edges()) {
            // The base first, so that the drawing runs from it to the method: "SD 2.1 -->|base of| SVD".
            switch (e.kind()) {
                case CURATED -> b.append("  ").append(ids.get(e.to())).append(" ==>|base of, curated| ").append(ids.get(e.from()));
                case BUILDS_ON -> b.append("  ").append(ids.get(e.to())).append(" -->|base of| ").append(ids.get(e.from()));
                case MENTIONS -> b.append("  ").append(ids.get(e.from())).append(" -.->|mentions| ").append(ids.get(e.to()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A DOT string: quotes and backslashes escaped, line breaks as spaces. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\R", " ") + "\"";
    }
}
