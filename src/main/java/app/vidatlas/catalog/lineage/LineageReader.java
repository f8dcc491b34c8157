package app.vidatlas.catalog.lineage;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.model.Evidence;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.ReadValue;
import app.vidatlas.model.SlideView;
import app.vidatlas.notes.attributes.AttributeReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the lineage off a catalog. A builds-on edge is a value the attribute reader read with its sentence (a
 * well-known base model, {@code baseModel}, or another paper of the notes, {@link AttributeReader#BUILDS_ON}); a
 * curated edge is a {@code buildsOn} of the curated metadata; a mention is a slide of one paper's page naming another,
 * kept with the sentence that names it, and only between papers no stronger edge joins.
 */
final class LineageReader {
    /** Sentences kept per edge: enough to judge it, few enough to show. */
    static final int MAX_EVIDENCE = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；;!?])|(?<=\\.)\\s+|\\n+");

    private final Catalog catalog;
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, LineageNode> nodes = new LinkedHashMap<>();
    private final Map<String, LineageEdge> edges = new LinkedHashMap<>();

    private LineageReader(Catalog catalog) {
        this.catalog = catalog;
        for (Paper p : catalog.papers()) {
            String lane = p.categories().isEmpty() ? "" : p.categories().get(0).segments().get(0);
            nodes.put(p.id(), new LineageNode(p.id(), p.shortName(), true, PaperDate.of(p), lane));
            byName.putIfAbsent(key(p.shortName()), p.id());
            p.aliases().forEach(a -> byName.putIfAbsent(key(a), p.id()));
        }
    }

    static Lineage read(Catalog catalog, CrossReferences references) {
        LineageReader r = new LineageReader(catalog);
        for (Paper p : catalog.papers()) {
            for (String name : p.attributes().buildsOn()) {
                r.add(p.id(), r.resolve(name), EdgeKind.CURATED, List.of());
            }
            for (ReadValue v : p.read(AttributeReader.BUILDS_ON_MODEL)) {
                r.add(p.id(), r.resolve(v.value()), EdgeKind.BUILDS_ON, v.evidence());
            }
            for (ReadValue v : p.read("baseModel")) {
                r.add(p.id(), r.resolve(v.value()), EdgeKind.BUILDS_ON, v.evidence());
            }
            for (ReadValue v : p.read(AttributeReader.BUILDS_ON)) {
                if (catalog.byId().containsKey(v.value())) {
                    r.add(p.id(), v.value(), EdgeKind.BUILDS_ON, v.evidence());
                }
            }
        }
        r.addMentions(references);
        return new Lineage(r.nodes.values(), List.copyOf(r.edges.values()));
    }

    /** The node a name stands for: a paper of the notes by its name or alias, else a model outside the notes. */
    private String resolve(String name) {
        String id = byName.get(key(name));
        if (id != null) {
            return id;
        }
        // "VideoCrafter" for the notes' "VideoCrafter1", "Latent Diffusion" for "Latent Diffusion Models": one paper
        // whose name starts with it and adds only a number or a word that names no other model.
        String k = key(name);
        List<String> near = byName.entrySet().stream()
                .filter(e -> e.getKey().startsWith(k) && e.getKey().substring(k.length()).matches("\\d{1,2}|t2v|models?"))
                .map(Map.Entry::getValue).distinct().toList();
        if (k.length() >= 5 && near.size() == 1) {
            return near.get(0);
        }
        LineageNode outside = LineageNode.outside(name);
        nodes.putIfAbsent(outside.id(), outside);
        return outside.id();
    }

    private void add(String from, String to, EdgeKind kind, List<Evidence> evidence) {
        if (from.equals(to)) {
            return;
        }
        String key = from + "\n" + to + "\n" + kind;
        LineageEdge had = edges.get(key);
        List<Evidence> all = new ArrayList<>(had == null ? List.of() : had.evidence());
        evidence.stream().filter(e -> !all.contains(e)).forEach(all::add);
        edges.put(key, new LineageEdge(from, to, kind, all.subList(0, Math.min(all.size(), MAX_EVIDENCE))));
    }

    private boolean joined(String a, String b) {
        for (EdgeKind k : List.of(EdgeKind.CURATED, EdgeKind.BUILDS_ON)) {
            if (edges.containsKey(a + "\n" + b + "\n" + k) || edges.containsKey(b + "\n" + a + "\n" + k)) {
                return true;
            }
        }
        return false;
    }

    private void addMentions(CrossReferences references) {
        Map<String, Note> notes = catalog.notesById();
        for (Paper named : catalog.papers()) {
            for (CrossReferences.Mention m : references.mentionsOf(named.id())) {
                if (joined(m.from(), named.id())) {
                    continue;
                }
                Paper from = catalog.byId().get(m.from());
                Note note = notes.get(m.note());
                if (from == null || note == null && m.slide() > 0) {
                    continue;
                }
                String text = m.slide() > 0 || note != null ? SlideView.of(from, note, m.slide()).allText() : "";
                String sentence = sentenceNaming(text, named);
                if (sentence != null) {
                    add(m.from(), named.id(), EdgeKind.MENTIONS, List.of(new Evidence(m.note(), m.slide(), sentence)));
                }
            }
        }
    }

    /** The first sentence of the text that names the paper, as shown; null when none does (no edge without one). */
    static String sentenceNaming(String text, Paper p) {
        for (String s : SENTENCE_END.split(text)) {
            String lower = s.toLowerCase(Locale.ROOT);
            for (String name : p.names()) {
                if (name.length() >= CrossReferences.MIN_NAME && lower.contains(name.toLowerCase(Locale.ROOT))) {
                    String clean = s.replaceAll("[*_`#>]+", " ").replaceAll("\\s+", " ").strip();
                    return clean.length() > 300 ? clean.substring(0, 300) + "…" : clean;
                }
            }
        }
        return null;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
