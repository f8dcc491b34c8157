package app.vidatlas.catalog;

import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The category tree: the notes' headings merged with the curated categories. Each node counts the papers filed
 * under it or any of its children (a paper filed twice under one node counts once).
 */
public final class CategoryTree {
    /** Name of the node that holds papers no heading or metadata places. */
    public static final String UNCATEGORIZED = "Uncategorized";

    /** A node: its label, its full path, its children, and the ids of the papers under it. */
    public static final class Node {
        private final String label;
        private final CategoryPath path;
        private final Map<String, Node> children = new LinkedHashMap<>();
        private final Set<String> papers = new LinkedHashSet<>();

        Node(String label, CategoryPath path) {
            this.label = label;
            this.path = path;
        }

        public String label() {
            return label;
        }

        /** Null for the root. */
        public CategoryPath path() {
            return path;
        }

        public List<Node> children() {
            return List.copyOf(children.values());
        }

        /** Ids of every paper under this node, in catalog order. */
        public Set<String> paperIds() {
            return Collections.unmodifiableSet(papers);
        }

        public int count() {
            return papers.size();
        }
    }

    private final Node root = new Node("All papers", null);

    private CategoryTree() {
    }

    public static CategoryTree of(List<Paper> papers) {
        CategoryTree tree = new CategoryTree();
        for (Paper p : papers) {
            tree.root.papers.add(p.id());
            for (CategoryPath path : filedUnder(p.categories())) {
                Node node = tree.root;
                for (CategoryPath here : path.prefixes()) {
                    node = node.children.computeIfAbsent(key(here.last()), k -> new Node(here.last(), here));
                    node.papers.add(p.id());
                }
            }
        }
        return tree;
    }

    /**
     * Where a paper with these categories is filed: under them, or under {@link #UNCATEGORIZED} when it has none.
     * The tree and a search's category facet both file papers this way.
     */
    public static List<CategoryPath> filedUnder(List<CategoryPath> categories) {
        return categories.isEmpty() ? List.of(new CategoryPath(List.of(UNCATEGORIZED))) : categories;
    }

    /**
     * The one rule for when two category names are the same category: case aside ("Video generation" in one note is
     * "Video Generation" in another). The tree and a search's category facet both merge names by it.
     */
    public static String key(String segment) {
        return segment.toLowerCase(java.util.Locale.ROOT);
    }

    /** A whole path's key: its segments' keys, as {@link #key(String)} compares them. */
    public static String key(CategoryPath path) {
        return String.join("\n", path.segments().stream().map(CategoryTree::key).toList());
    }

    public Node root() {
        return root;
    }

    /** The node at a path, or null. */
    public Node find(CategoryPath path) {
        Node node = root;
        for (String segment : path.segments()) {
            node = node.children.get(key(segment));
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
