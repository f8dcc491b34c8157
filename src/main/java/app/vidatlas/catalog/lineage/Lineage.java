package app.vidatlas.catalog.lineage;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which method comes from which, as the notes and the curated metadata say it: the nodes (papers of the notes and the
 * models they name as bases) and the edges between them, each with its kind and evidence. Built once per catalog
 * ({@link LineageReader}); views of it (a paper's neighbourhood, a filtered library) are made from it.
 */
public final class Lineage {
    private final Map<String, LineageNode> nodes;
    private final List<LineageEdge> edges;
    private final Map<String, List<LineageEdge>> out = new HashMap<>();
    private final Map<String, List<LineageEdge>> in = new HashMap<>();

    Lineage(Collection<LineageNode> nodes, List<LineageEdge> edges) {
        Map<String, LineageNode> byId = new LinkedHashMap<>();
        nodes.stream().sorted(Comparator.comparing(LineageNode::date).thenComparing(LineageNode::label))
                .forEach(n -> byId.put(n.id(), n));
        this.nodes = byId;
        // In a fixed order whatever order they came in: the same lineage is always drawn the same way.
        this.edges = edges.stream().sorted(Comparator.comparing(LineageEdge::from).thenComparing(LineageEdge::to)
                .thenComparing(LineageEdge::kind)).toList();
        for (LineageEdge e : this.edges) {
            out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
        }
    }

    /** A lineage of these nodes and edges (every edge's ends among the nodes): for tests and benchmarks. */
    public static Lineage of(Collection<LineageNode> nodes, List<LineageEdge> edges) {
        Set<String> ids = new java.util.HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        for (LineageEdge e : edges) {
            if (!ids.contains(e.from()) || !ids.contains(e.to())) {
                throw new IllegalArgumentException("an edge's ends must be nodes of the lineage: " + e.from() + " → " + e.to());
            }
        }
        return new Lineage(nodes, edges);
    }

    /** The lineage of a catalog, with the mentions its cross references found. */
    public static Lineage of(Catalog catalog, CrossReferences references) {
        return LineageReader.read(catalog, references);
    }

    /** Every node, oldest first (undated ones, and models outside the notes, first). */
    public List<LineageNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<LineageEdge> edges() {
        return edges;
    }

    public LineageNode node(String id) {
        return nodes.get(id);
    }

    /** What this node comes from. */
    public List<LineageEdge> from(String id) {
        return out.getOrDefault(id, List.of());
    }

    /** What comes from this node. */
    public List<LineageEdge> to(String id) {
        return in.getOrDefault(id, List.of());
    }

    /**
     * The node and what lies within {@code depth} steps of it: up what it comes from, down what comes from it (not
     * sideways: a sibling built on the same model is not its neighbour).
     */
    public Lineage around(String id, int depth, Set<EdgeKind> kinds) {
        if (!nodes.containsKey(id)) {
            return new Lineage(List.of(), List.of());
        }
        Set<String> kept = new LinkedHashSet<>();
        kept.add(id);
        walk(id, depth, kinds, true, kept);
        walk(id, depth, kinds, false, kept);
        return restricted(kept::contains, kinds);
    }

    private void walk(String start, int depth, Set<EdgeKind> kinds, boolean up, Set<String> kept) {
        Deque<String> level = new ArrayDeque<>(List.of(start));
        for (int d = 0; d < depth && !level.isEmpty(); d++) {
            Deque<String> next = new ArrayDeque<>();
            for (String id : level) {
                for (LineageEdge e : up ? from(id) : to(id)) {
                    String other = up ? e.to() : e.from();
                    if (kinds.contains(e.kind()) && kept.add(other)) {
                        next.add(other);
                    }
                }
            }
            level = next;
        }
    }

    /**
     * The papers that pass {@code keep} (a category, a span of years), the models outside the notes they come from,
     * and the edges of these kinds between them.
     */
    public Lineage filtered(Predicate<LineageNode> keep, Set<EdgeKind> kinds) {
        Set<String> kept = new LinkedHashSet<>();
        for (LineageNode n : nodes.values()) {
            if (n.inNotes() && keep.test(n)) {
                kept.add(n.id());
            }
        }
        for (LineageEdge e : edges) {
            if (kinds.contains(e.kind()) && kept.contains(e.from()) && !nodes.get(e.to()).inNotes()) {
                kept.add(e.to());
            }
        }
        return restricted(kept::contains, kinds);
    }

    private Lineage restricted(Predicate<String> kept, Set<EdgeKind> kinds) {
        List<LineageNode> n = nodes.values().stream().filter(x -> kept.test(x.id())).toList();
        List<LineageEdge> e = edges.stream()
                .filter(x -> kinds.contains(x.kind()) && kept.test(x.from()) && kept.test(x.to())).toList();
        return new Lineage(n, e);
    }

    /** Only the nodes some edge joins: a paper the notes say nothing of, either way, has no place in a drawing. */
    public Lineage connected() {
        Set<String> joined = new java.util.HashSet<>();
        edges.forEach(e -> {
            joined.add(e.from());
            joined.add(e.to());
        });
        return restricted(joined::contains, java.util.EnumSet.allOf(EdgeKind.class));
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
