package app.vidatlas.catalog.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each node of a lineage is drawn: time runs left to right, one column per month (or year) a paper appeared,
 * the models outside the notes in a column of their own on the left, papers without a date next to them; within a
 * column, nodes are ordered by where their neighbours are (a few barycenter sweeps), which uncrosses most edges.
 * Columns are by date rank, not to scale, so that a quiet year does not leave a wide gap. Deterministic: the same
 * lineage is always drawn the same way (docs/decisions/0012).
 */
public record LineageLayout(List<Box> boxes, List<Column> columns, Map<String, List<Box>> routes, double width,
                            double height) {
    public static final double COLUMN = 196;
    public static final double ROW = 46;
    public static final double BOX_HEIGHT = 34;
    public static final double TOP = 34;
    private static final int SWEEPS = 6;
    private static final String OUTSIDE = "outside the notes";
    private static final String UNDATED = "undated";
    /** Stand-ins' ids start with a character no paper id holds. */
    private static final String STAND_IN = "\u0000";

    /** A node's box: its left top corner and size. */
    public record Box(LineageNode node, double x, double y, double w, double h) {
        public double centerY() {
            return y + h / 2;
        }
    }

    /**
     * The places an edge passes through in the columns between its two ends (keyed {@code from + "\n" + to}), each a
     * row kept free for it, so that a long edge runs between boxes instead of through them.
     */
    public List<Box> route(String from, String to) {
        return routes.getOrDefault(from + "\n" + to, List.of());
    }

    /** A column's left edge and heading ({@code 2023.7}, {@code outside the notes}, {@code undated}). */
    public record Column(double x, String label) {
    }

    public static LineageLayout of(Lineage lineage) {
        // Outside the notes first, undated next, then the dates: a fixed order, whatever the nodes are called.
        Map<String, List<LineageNode>> byColumn = new LinkedHashMap<>();
        byColumn.put(OUTSIDE, new ArrayList<>());
        byColumn.put(UNDATED, new ArrayList<>());
        // Keyed by (year, month): a paper known only by its year has a column of its own, not July's.
        TreeMap<Integer, List<LineageNode>> dated = new TreeMap<>();
        Map<Integer, String> labels = new HashMap<>();
        for (LineageNode n : lineage.nodes()) {
            if (!n.inNotes()) {
                byColumn.get(OUTSIDE).add(n);
            } else if (!n.date().known()) {
                byColumn.get(UNDATED).add(n);
            } else {
                int key = n.date().year() * 13 + n.date().month(); // a year alone (month 0) before its January
                dated.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
                labels.put(key, n.date().label());
            }
        }
        byColumn.values().removeIf(List::isEmpty);
        dated.forEach((key, nodes) -> byColumn.put(labels.get(key), nodes));
        List<List<LineageNode>> columns = new ArrayList<>(byColumn.values());
        columns.forEach(c -> c.sort(Comparator.comparing(LineageNode::label).thenComparing(LineageNode::id)));
        Map<String, Integer> columnOf = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            for (LineageNode n : columns.get(c)) {
                columnOf.put(n.id(), c);
            }
        }
        // A long edge gets a stand-in node in every column it crosses (the usual layered-drawing device).
        Map<String, List<String>> chains = new LinkedHashMap<>();
        List<String[]> links = new ArrayList<>();
        for (LineageEdge e : lineage.edges()) {
            String key = e.from() + "\n" + e.to();
            if (chains.containsKey(key)) {
                continue;
            }
            int from = columnOf.get(e.to());
            int to = columnOf.get(e.from());
            List<String> chain = new ArrayList<>();
            chain.add(e.to());
            for (int c = from + 1; c < to; c++) {
                String stand = STAND_IN + key + "\u0000" + c;
                columns.get(c).add(new LineageNode(stand, "", false, PaperDate.UNKNOWN, ""));
                chain.add(stand);
            }
            chain.add(e.from());
            chains.put(key, chain);
            for (int i = 1; i < chain.size(); i++) {
                links.add(new String[]{chain.get(i - 1), chain.get(i)});
            }
        }
        order(columns, links);
        List<Box> boxes = new ArrayList<>();
        Map<String, Box> standIns = new HashMap<>();
        List<Column> heads = new ArrayList<>();
        int i = 0;
        int tallest = 0;
        for (String label : byColumn.keySet()) {
            double x = 12 + i * COLUMN;
            heads.add(new Column(x, label));
            List<LineageNode> column = columns.get(i);
            for (int r = 0; r < column.size(); r++) {
                Box box = new Box(column.get(r), x, TOP + r * ROW, COLUMN - 40, BOX_HEIGHT);
                if (column.get(r).id().startsWith(STAND_IN)) {
                    standIns.put(column.get(r).id(), box);
                } else {
                    boxes.add(box);
                }
            }
            tallest = Math.max(tallest, column.size());
            i++;
        }
        Map<String, List<Box>> routes = new HashMap<>();
        chains.forEach((key, chain) -> routes.put(key, chain.subList(1, chain.size() - 1).stream().map(standIns::get).toList()));
        return new LineageLayout(boxes, heads, routes, 12 + Math.max(1, i) * COLUMN, TOP + Math.max(1, tallest) * ROW + 12);
    }

    /** Barycenter sweeps: each node moves towards the mean row of the nodes it is joined to. */
    private static void order(List<List<LineageNode>> columns, List<String[]> links) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (String[] l : links) {
            neighbours.computeIfAbsent(l[0], k -> new ArrayList<>()).add(l[1]);
            neighbours.computeIfAbsent(l[1], k -> new ArrayList<>()).add(l[0]);
        }
        Map<String, Double> row = new HashMap<>();
        columns.forEach(c -> place(c, row));
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (List<LineageNode> column : columns) {
                Map<String, Double> wish = new HashMap<>();
                for (LineageNode n : column) {
                    List<String> near = neighbours.getOrDefault(n.id(), List.of());
                    wish.put(n.id(), near.isEmpty() ? row.get(n.id())
                            : near.stream().mapToDouble(x -> row.getOrDefault(x, 0.0)).average().orElse(0));
                }
                column.sort(Comparator.comparing((LineageNode n) -> wish.get(n.id())).thenComparing(LineageNode::label)
                        .thenComparing(LineageNode::id));
                place(column, row);
            }
        }
    }

    private static void place(List<LineageNode> column, Map<String, Double> row) {
        for (int r = 0; r < column.size(); r++) {
            row.put(column.get(r).id(), (double) r);
        }
    }
}
