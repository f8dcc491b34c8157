package app.vidatlas.cli;

import app.vidatlas.model.Slide;
import app.vidatlas.search.SearchResult;
import app.vidatlas.search.SearchWarmUp;
import app.vidatlas.work.Workers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code vidatlas search QUERY}: papers best first, with their best slides and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the notes: English, Chinese or both.",
                "Words must all match; \"exact phrase\", OR, -word, and title: author: venue: year:2023 "
                        + "year:2022..2023 cat: tag: narrow it down."})
final class SearchCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "what to look for")
    List<String> query;

    @Mixin
    LibraryOptions library;

    @Option(names = "--limit", defaultValue = "10", description = "how many results at most (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // While the index opens (reading and checking its files), another core reads the Chinese dictionaries.
        SearchWarmUp warm = SearchWarmUp.shared(Workers.shared());
        return library.run(spec, false, (index, out, err) -> {
            warm.finish();
            SearchResult result = index.searcher().search(String.join(" ", query), Math.max(1, limit));
            result.notices().forEach(n -> err.println("vidatlas: " + Terminal.safe(n)));
            err.flush();
            out.print(format == Format.json ? json(result) : table(result));
            return 0;
        });
    }

    static String table(SearchResult r) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (SearchResult.Hit h : r.hits()) {
            b.append(++i).append(". ");
            if (h.id() != null) {
                b.append(Terminal.safe(h.shortName())).append(" (").append(Terminal.safe(h.id())).append(") — ")
                        .append(Terminal.safe(h.title()));
            } else {
                b.append(Terminal.safe(h.title()))
                        .append(h.shortName().equals(h.title()) ? "" : " " + Terminal.safe(h.shortName()));
            }
            b.append('\n');
            for (SearchResult.Snippet s : h.snippets()) {
                b.append("     ").append(Terminal.safe(where(s))).append(": ").append(Terminal.safe(plain(s))).append('\n');
            }
        }
        b.append(r.total()).append(r.total() == 1 ? " result" : " results").append(" in ").append(r.tookMs())
                .append(" ms\n");
        return b.toString();
    }

    private static String where(SearchResult.Snippet s) {
        if (s.note() == null) {
            return s.where();
        }
        return s.note() + (s.slide() > 0 ? " " + Slide.label(s.slide()) : "") + " " + s.where();
    }

    /** The snippet for a terminal: one line, matched words in «». */
    static String plain(SearchResult.Snippet s) {
        StringBuilder b = new StringBuilder();
        for (SearchResult.Part p : s.parts()) {
            b.append(p.marked() ? "«" + p.text() + "»" : p.text());
        }
        return b.toString().replace('\n', ' ');
    }

    static String json(SearchResult r) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = mapper.createObjectNode();
        o.put("query", r.query());
        o.put("total", r.total());
        o.put("tookMs", r.tookMs());
        ArrayNode hits = o.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("id", h.id());
            hit.put("title", h.title());
            hit.put("shortName", h.shortName());
            hit.put("score", h.score());
            ArrayNode slides = hit.putArray("slides");
            h.slides().forEach(s -> slides.addObject().put("note", s.note()).put("slide", s.slide()));
            ArrayNode snippets = hit.putArray("snippets");
            h.snippets().forEach(s -> snippets.addObject().put("note", s.note()).put("slide", s.slide())
                    .put("where", s.where()).put("html", s.html()));
        }
        ObjectNode facets = o.putObject("facets");
        for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
            ObjectNode counts = facets.putObject(f.getKey());
            f.getValue().forEach(counts::put);
        }
        ArrayNode notices = o.putArray("notices");
        r.notices().forEach(notices::add);
        return mapper.writeValueAsString(o) + "\n";
    }
}
