package app.vidatlas.catalog.merge;

import app.vidatlas.architecture.AllowedToUseJackson;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Diagnostic;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code papers.json}. Every problem names the file, the line, the entry and the field; a broken field is
 * left out, an entry without a usable id, title or short name is left out, and the rest is used. Nothing here
 * ever stops the notes from loading.
 */
@AllowedToUseJackson("reads the curated metadata, data/papers.json")
public final class MetadataReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ARXIV = Pattern.compile("\\d{4}\\.\\d{4,5}");
    private static final Set<String> FIELDS = Set.of("id", "title", "shortName", "aliases", "authors", "year",
            "venue", "arxiv", "code", "categories", "attributes", "buildsOn");
    private static final Map<String, Set<String>> ATTRIBUTE_VALUES = Map.of(
            "backbone", Set.of("U-Net", "Transformer"),
            "space", Set.of("pixel", "latent", "both"),
            "builtOn", Set.of("T2I model", "T2V model", "trained from scratch"),
            "training", Set.of("training-free", "tuned", "trained"));
    private static final Set<String> ATTRIBUTES = Set.of("backbone", "space", "builtOn", "training", "conditions",
            "openSource");

    private final ObjectMapper mapper = new ObjectMapper();

    public Metadata read(Path file, String display) {
        try {
            return read(Files.readAllBytes(file), display);
        } catch (NoSuchFileException e) {
            return new Metadata(List.of(), List.of(Diagnostic.error(display, 0, "metadata file not found; "
                    + "papers are shown with what the notes say only")));
        } catch (IOException e) {
            return new Metadata(List.of(), List.of(Diagnostic.error(display, 0, "cannot be read ("
                    + e.getMessage() + "); papers are shown with what the notes say only")));
        }
    }

    /** The metadata from a file's bytes already read (the index hashes them too). */
    public Metadata read(byte[] bytes, String display) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return read(in, display);
        } catch (IOException e) {
            return new Metadata(List.of(), List.of(Diagnostic.error(display, 0, "cannot be read ("
                    + e.getMessage() + "); papers are shown with what the notes say only")));
        }
    }

    public Metadata read(InputStream in, String display) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<CuratedPaper> papers = new ArrayList<>();
        JsonFactory factory = mapper.getFactory();
        try (JsonParser p = factory.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                diagnostics.add(Diagnostic.error(display, line(p), "expected a JSON object with a \"papers\" array"));
                return new Metadata(papers, diagnostics);
            }
            boolean sawPapers = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int fieldLine = line(p);
                p.nextToken();
                if ("papers".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
                    sawPapers = true;
                    readPapers(p, display, papers, diagnostics);
                } else if ("version".equals(field)) {
                    JsonNode v = mapper.readTree(p);
                    if (!v.isInt() || v.intValue() != 1) {
                        diagnostics.add(Diagnostic.error(display, fieldLine, "field \"version\": only version 1 is known"));
                    }
                } else {
                    mapper.readTree(p);
                    diagnostics.add(Diagnostic.error(display, fieldLine, "unknown field \"" + field + "\"; ignored"));
                }
            }
            if (!sawPapers) {
                diagnostics.add(Diagnostic.error(display, 0, "no \"papers\" array"));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            diagnostics.add(Diagnostic.error(display, line, "not valid JSON (" + e.getOriginalMessage()
                    + "); the entries after this point are not used"));
        }
        return new Metadata(papers, diagnostics);
    }

    private void readPapers(JsonParser p, String display, List<CuratedPaper> papers, List<Diagnostic> diagnostics)
            throws IOException {
        Set<String> ids = new HashSet<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            index++;
            int entryLine = line(p);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                mapper.readTree(p);
                diagnostics.add(Diagnostic.error(display, entryLine, "paper #" + index + " is not an object; ignored"));
                continue;
            }
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                lines.put(name, line(p));
                p.nextToken();
                fields.put(name, mapper.readTree(p));
            }
            Entry entry = new Entry(display, index, entryLine, fields, lines, diagnostics);
            CuratedPaper paper = entry.toPaper();
            if (paper == null) {
                continue;
            }
            if (!ids.add(paper.id())) {
                diagnostics.add(Diagnostic.error(display, entryLine, "paper \"" + paper.id()
                        + "\": field \"id\": the id is used twice; this entry is ignored"));
                continue;
            }
            papers.add(paper);
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** One entry's fields, checked one by one. */
    private static final class Entry {
        private final String display;
        private final int index;
        private final int line;
        private final Map<String, JsonNode> fields;
        private final Map<String, Integer> lines;
        private final List<Diagnostic> diagnostics;
        private String label;

        Entry(String display, int index, int line, Map<String, JsonNode> fields, Map<String, Integer> lines,
              List<Diagnostic> diagnostics) {
            this.display = display;
            this.index = index;
            this.line = line;
            this.fields = fields;
            this.lines = lines;
            this.diagnostics = diagnostics;
            JsonNode id = fields.get("id");
            this.label = id != null && id.isTextual() ? "paper \"" + id.asText() + "\"" : "paper #" + index;
        }

        CuratedPaper toPaper() {
            for (String name : fields.keySet()) {
                if (!FIELDS.contains(name)) {
                    problem(name, "unknown field; ignored (known fields: " + String.join(", ", sorted(FIELDS)) + ")");
                }
            }
            String id = text("id", true);
            if (id != null && !ID.matcher(id).matches()) {
                problem("id", "must be lower-case words joined by hyphens, like \"show-1\"; the entry is ignored");
                id = null;
            }
            String title = text("title", true);
            String shortName = text("shortName", true);
            if (id == null || title == null || shortName == null) {
                return null;
            }
            Integer year = null;
            JsonNode y = fields.get("year");
            if (y != null) {
                if (y.isInt() && y.intValue() >= 1900 && y.intValue() <= 2100) {
                    year = y.intValue();
                } else {
                    problem("year", "must be a year such as 2023; ignored");
                }
            }
            String arxiv = text("arxiv", false);
            if (arxiv != null && !ARXIV.matcher(arxiv).matches()) {
                problem("arxiv", "must be an arXiv id such as 2309.15818; ignored");
                arxiv = null;
            }
            String code = text("code", false);
            if (code != null && !code.startsWith("https://")) {
                problem("code", "must be an https:// address; ignored");
                code = null;
            }
            List<CategoryPath> categories = new ArrayList<>();
            for (String c : strings("categories")) {
                CategoryPath path = CategoryPath.parse(c);
                categories.add(path);
            }
            return new CuratedPaper(id, title, shortName, strings("aliases"), strings("authors"), year,
                    text("venue", false), arxiv, code, categories, attributes());
        }

        private Attributes attributes() {
            JsonNode a = fields.get("attributes");
            if (a == null) {
                List<String> buildsOn = strings("buildsOn");
                return buildsOn.isEmpty() ? Attributes.NONE
                        : new Attributes(null, null, null, null, List.of(), null, buildsOn);
            }
            if (!a.isObject()) {
                problem("attributes", "must be an object; ignored");
                return Attributes.NONE;
            }
            Map<String, String> values = new LinkedHashMap<>();
            a.fieldNames().forEachRemaining(name -> {
                if (!ATTRIBUTES.contains(name)) {
                    problem("attributes." + name, "unknown attribute; ignored (known: "
                            + String.join(", ", sorted(ATTRIBUTES)) + ")");
                }
            });
            for (Map.Entry<String, Set<String>> e : ATTRIBUTE_VALUES.entrySet()) {
                JsonNode v = a.get(e.getKey());
                if (v == null) {
                    continue;
                }
                if (v.isTextual() && e.getValue().contains(v.asText())) {
                    values.put(e.getKey(), v.asText());
                } else {
                    problem("attributes." + e.getKey(), "must be one of " + String.join(", ", sorted(e.getValue()))
                            + "; ignored");
                }
            }
            List<String> conditions = new ArrayList<>();
            JsonNode c = a.get("conditions");
            if (c != null) {
                if (c.isArray()) {
                    c.forEach(x -> {
                        if (x.isTextual() && !x.asText().isBlank()) {
                            conditions.add(x.asText().strip());
                        }
                    });
                } else {
                    problem("attributes.conditions", "must be a list of strings; ignored");
                }
            }
            Boolean open = null;
            JsonNode o = a.get("openSource");
            if (o != null) {
                if (o.isBoolean()) {
                    open = o.booleanValue();
                } else {
                    problem("attributes.openSource", "must be true or false; ignored");
                }
            }
            return new Attributes(values.get("backbone"), values.get("space"), values.get("builtOn"),
                    values.get("training"), conditions, open, strings("buildsOn"));
        }

        private String text(String field, boolean required) {
            JsonNode v = fields.get(field);
            if (v == null) {
                if (required) {
                    problem(field, "missing; the entry is ignored");
                }
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                problem(field, "must be a non-empty string; " + (required ? "the entry is ignored" : "ignored"));
                return null;
            }
            return v.asText().strip();
        }

        private List<String> strings(String field) {
            JsonNode v = fields.get(field);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                problem(field, "must be a list of strings; ignored");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (JsonNode x : v) {
                if (x.isTextual() && !x.asText().isBlank()) {
                    out.add(x.asText().strip());
                } else {
                    problem(field, "has an item that is not a non-empty string; that item is ignored");
                }
            }
            return out;
        }

        private void problem(String field, String message) {
            int at = lines.getOrDefault(field.contains(".") ? field.substring(0, field.indexOf('.')) : field, line);
            diagnostics.add(Diagnostic.error(display, at, label + ": field \"" + field + "\": " + message));
        }

        private static List<String> sorted(Set<String> s) {
            return s.stream().sorted().toList();
        }
    }
}
