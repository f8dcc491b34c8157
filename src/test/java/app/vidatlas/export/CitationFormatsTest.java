package app.vidatlas.export;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Paper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RIS and CSL-JSON, which Zotero and Mendeley import, read back by a reference manager's own readers (citeproc-java)
 * and checked against their published definitions: CSL's input
 * schema (csl-data.json 1.0.2: an array of objects, "type" and "id" required, "type" from its list, names as
 * family/given, dates as date-parts, no property outside the schema) and the RIS format (TY first, ER last, every
 * line "XX  - value").
 */
class CitationFormatsTest {
    /** CSL's item types (csl-data.json 1.0.2), the ones a paper can be. */
    private static final Set<String> CSL_TYPES = Set.of("article", "article-journal", "paper-conference", "report",
            "thesis", "book", "chapter", "dataset", "software", "manuscript", "webpage", "post");
    /** Properties csl-data.json 1.0.2 defines that this export may write. */
    private static final Set<String> CSL_PROPERTIES = Set.of("id", "type", "title", "title-short", "author", "issued",
            "container-title", "number", "URL", "DOI", "note");
    /** RIS reference types (the RIS specification's TY list) a paper can be. */
    private static final Set<String> RIS_TYPES = Set.of("JOUR", "CPAPER", "CONF", "UNPB", "RPRT", "THES", "ELEC", "GEN");

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = TestCatalogs.bundled();
    }

    private static Paper paper(String id) {
        return catalog.paper(id).orElseThrow();
    }

    @Test
    void everyBundledPaperIsAValidCslItem() throws Exception {
        JsonNode items = new ObjectMapper().readTree(CslJson.items(catalog.papers()));
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(catalog.papers().size());
        Set<String> ids = new HashSet<>();
        for (JsonNode item : items) {
            assertThat(item.isObject()).isTrue();
            assertThat(CSL_TYPES).contains(item.path("type").asText());
            assertThat(item.path("id").isTextual()).isTrue();
            assertThat(ids.add(item.get("id").asText())).as("ids are unique").isTrue();
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                assertThat(CSL_PROPERTIES).contains(names.next());
            }
            for (JsonNode author : item.path("author")) {
                for (Iterator<String> names = author.fieldNames(); names.hasNext(); ) {
                    assertThat(Set.of("family", "given")).contains(names.next());
                }
                assertThat(author.path("family").asText()).isNotBlank();
            }
            if (item.has("issued")) {
                JsonNode parts = item.get("issued").get("date-parts");
                assertThat(parts.size()).isBetween(1, 2);
                assertThat(parts.get(0).size()).isBetween(1, 3);
                assertThat(parts.get(0).get(0).isInt()).isTrue();
            }
            for (String text : List.of("title", "title-short", "container-title", "number", "URL")) {
                if (item.has(text)) {
                    assertThat(item.get(text).isTextual()).as(text).isTrue();
                }
            }
        }
    }

    @Test
    void cslItemsSayWhatTheMetadataKnows() throws Exception {
        JsonNode items = new ObjectMapper().readTree(CslJson.items(List.of(paper("show-1"), paper("gentron"),
                paper("stable-video-diffusion"))));
        assertThat(items.get(0).get("type").asText()).isEqualTo("article-journal");
        assertThat(items.get(0).get("container-title").asText()).isEqualTo("IJCV");
        assertThat(items.get(0).get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2024);
        assertThat(items.get(0).get("id").asText()).isEqualTo(BibTeX.key(paper("show-1")));
        assertThat(items.get(1).get("type").asText()).isEqualTo("paper-conference");
        assertThat(items.get(2).get("type").asText()).isEqualTo("article");
        assertThat(items.get(2).get("container-title").asText()).isEqualTo("arXiv");
        assertThat(items.get(2).get("number").asText()).isEqualTo("arXiv:2311.15127");
        assertThat(items.get(2).get("author").get(0).get("family").asText()).isEqualTo("Blattmann");
    }

    @Test
    void everyBundledPaperIsAWellFormedRisRecord() {
        String ris = Ris.records(catalog.papers());
        String[] records = ris.split("\r\n\r\n");
        assertThat(records).hasSize(catalog.papers().size());
        for (String record : records) {
            String[] lines = record.split("\r\n");
            assertThat(lines[0]).matches("TY  - [A-Z]+");
            assertThat(RIS_TYPES).contains(lines[0].substring(6));
            assertThat(lines[lines.length - 1]).isEqualTo("ER  - ");
            for (String line : lines) {
                assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            }
            assertThat(record).contains("\r\nTI  - ");
        }
        assertThat(Ris.records(List.of(paper("show-1")))).contains("TY  - JOUR\r\n").contains("PY  - 2024\r\n")
                .contains("JO  - IJCV\r\n").contains("AU  - Zhang, David Junhao\r\n");
        assertThat(Ris.records(List.of(paper("stable-video-diffusion")))).contains("TY  - UNPB\r\n")
                .contains("M1  - arXiv:2311.15127\r\n");
    }

    @Test
    void aTitleOnTwoLinesStaysOneRisLine() {
        Paper odd = new Paper("odd", "A title\non two lines", "Odd", List.of(), List.of(), 2024, "CVPR 2024", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                app.vidatlas.model.Attributes.NONE, false);
        assertThat(Ris.records(List.of(odd))).contains("TI  - A title on two lines\r\n");
    }

    @Test
    void aReferenceManagersOwnReadersReadTheExportsBack() throws Exception {
        List<Paper> papers = List.of(paper("show-1"), paper("gentron"), paper("stable-video-diffusion"));
        List<de.undercouch.citeproc.ris.RISReference> refs = new de.undercouch.citeproc.ris.RISParser()
                .parse(new java.io.StringReader(Ris.records(papers))).getReferences();
        assertThat(refs).hasSize(3);
        assertThat(refs.get(0).getTitle()).isEqualTo(paper("show-1").title());
        assertThat(refs.get(0).getYear()).isEqualTo("2024");
        assertThat(refs.get(0).getAuthors()).containsExactly("Zhang, David Junhao");
        assertThat(refs.get(1).getType()).isEqualTo(de.undercouch.citeproc.ris.RISType.CPAPER);

        List<Object> items = new de.undercouch.citeproc.helper.json.JsonParser(
                new de.undercouch.citeproc.helper.json.JsonLexer(new java.io.StringReader(CslJson.items(papers))))
                .parseArray();
        @SuppressWarnings("unchecked")
        de.undercouch.citeproc.csl.CSLItemData show1 = de.undercouch.citeproc.csl.CSLItemData.fromJson(
                (java.util.Map<String, Object>) items.get(0));
        assertThat(show1.getType()).isEqualTo(de.undercouch.citeproc.csl.CSLType.ARTICLE_JOURNAL);
        assertThat(show1.getTitle()).isEqualTo(paper("show-1").title());
        assertThat(show1.getAuthor()[0].getFamily()).isEqualTo("Zhang");
        assertThat(show1.getIssued().getDateParts()[0][0]).isEqualTo(2024);
    }
}
