package app.vidatlas.cli;

import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.search.SearchResult;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/** {@code --query Q} and {@code --category C}: which papers a command takes (all of them when neither is given). */
final class PaperChoice {
    @Option(names = "--query", paramLabel = "Q", description = "only the papers this search finds, best first")
    String query;

    @Option(names = "--category", paramLabel = "C", description = "only the papers under this category (\"A / B\")")
    String category;

    /**
     * The papers chosen, whole; null (with the reason on {@code err}) when the category names none. Chosen from what
     * the index keeps of each paper, then read whole: the catalog is not built again.
     */
    List<Paper> papers(IndexedNotes index, PrintWriter err) throws IOException {
        List<String> ids = ids(index, err);
        return ids == null ? null : index.papers(ids);
    }

    /** The ids of the papers chosen, best first for a query; null (with the reason on {@code err}) as above. */
    List<String> ids(IndexedNotes index, PrintWriter err) throws IOException {
        List<Paper> listed = index.paperSummaries();
        List<String> ids = listed.stream().map(Paper::id).toList();
        if (query != null) {
            SearchResult r = index.searcher().search(query, Integer.MAX_VALUE / 2);
            r.notices().forEach(n -> err.println("vidatlas: " + Terminal.safe(n)));
            ids = r.hits().stream().map(SearchResult.Hit::id).filter(Objects::nonNull).toList();
        }
        if (category != null) {
            CategoryTree.Node node = find(CategoryTree.of(listed), category);
            if (node == null) {
                err.println("vidatlas: no category '" + Terminal.safe(category) + "'.");
                return null;
            }
            ids = ids.stream().filter(node.paperIds()::contains).toList();
        }
        return ids;
    }

    /** The category a path names; null for none, and for a path with no category in it ("/", ""). */
    private static CategoryTree.Node find(CategoryTree tree, String path) {
        try {
            return tree.find(CategoryPath.parse(path));
        } catch (IllegalArgumentException noSegment) {
            return null;
        }
    }
}
