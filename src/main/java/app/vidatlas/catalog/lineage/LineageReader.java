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
    /** What a name with only these letters after it may stand for: "VideoCrafter" for "VideoCrafter1". */
    private static final Pattern NAME_SUFFIX = Pattern.compile("\\d{1,2}|t2v|models?");
    private final java.util.TreeMap<String, String> byName = new java.util.TreeMap<>();
    private final Map<String, String> resolved = new HashMap<>();
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
                r.add(p.id(), r.resolve(name, PaperDate.UNKNOWN), EdgeKind.CURATED, List.of());
            }
            PaperDate date = r.nodes.get(p.id()).date();
            for (ReadValue v : p.read(AttributeReader.BUILDS_ON_MODEL)) {
                r.add(p.id(), r.resolve(v.value(), date), EdgeKind.BUILDS_ON, v.evidence());
            }
            for (ReadValue v : p.read("baseModel")) {
                r.add(p.id(), r.resolve(v.value(), date), EdgeKind.BUILDS_ON, v.evidence());
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

    /**
     * The node a name stands for: a paper of the notes by its name or alias, else a model outside the notes. Resolved
     * once per name and paper date (a library names the same few bases thousands of times).
     */
    private String resolve(String name, PaperDate user) {
        return resolved.computeIfAbsent(key(name) + "\n" + user.position(), k -> resolveOnce(name, user));
    }

    private String resolveOnce(String name, PaperDate user) {
        String k = key(name);
        String id = byName.get(k);
        if (id != null) {
            return id;
        }
        // "VideoCrafter" for the notes' "VideoCrafter1", "Latent Diffusion" for "Latent Diffusion Models": one paper
        // whose name starts with it and adds only a number or "T2V"/"models", and not dated after the paper that
        // builds on it (a base comes first: "Stable Diffusion" is not a later "Stable Diffusion 3").
        List<String> near = k.length() < 5 ? List.of() : byName.subMap(k, k + Character.MAX_VALUE).entrySet().stream()
                .filter(e -> NAME_SUFFIX.matcher(e.getKey().substring(k.length())).matches())
                .map(Map.Entry::getValue).distinct().toList();
        if (near.size() == 1 && !(user.known() && nodes.get(near.get(0)).date().compareTo(user) > 0)) {
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

    /**
     * The first sentence of the text that names the paper as a whole word ("DiT" not in "edit"), as shown; null when
     * none does (no edge without one).
     */
    static String sentenceNaming(String text, Paper p) {
        List<Pattern> names = p.names().stream().filter(n -> n.length() >= CrossReferences.MIN_NAME)
                .map(n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        for (String s : SENTENCE_END.split(text)) {
            for (Pattern name : names) {
                if (name.matcher(s).find()) {
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
