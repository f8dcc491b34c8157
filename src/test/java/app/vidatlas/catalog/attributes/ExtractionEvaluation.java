package app.vidatlas.catalog.attributes;

import app.vidatlas.model.Attributes;
import app.vidatlas.model.Paper;
import app.vidatlas.model.ReadValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attributes read from the notes against the curated ones (the ground truth): per attribute, how many curated
 * values the notes agree with, say nothing about, or contradict. Strict: a paper whose notes give two values, one
 * of them the curated one, counts as a disagreement, since both would be shown without the curated one.
 */
final class ExtractionEvaluation {
    /** One attribute's counts over the curated papers that state it, and the disagreements to look at. */
    record Tally(String attribute, int curated, int agree, int missing, int disagree, List<String> disagreements) {
        double disagreeShare() {
            int both = agree + disagree;
            return both == 0 ? 0 : (double) disagree / both;
        }
    }

    static final List<String> ATTRIBUTES = List.of("backbone", "space", "builtOn", "training", "conditions",
            "openSource");

    private ExtractionEvaluation() {
    }

    static Map<String, Tally> of(List<Paper> papers) {
        Map<String, Tally> out = new LinkedHashMap<>();
        for (String attribute : ATTRIBUTES) {
            int curated = 0;
            int agree = 0;
            int missing = 0;
            int disagree = 0;
            List<String> wrong = new ArrayList<>();
            for (Paper p : papers) {
                Set<String> truth = curated(p.attributes(), attribute);
                if (!p.curated() || truth.isEmpty()) {
                    continue;
                }
                curated++;
                List<ReadValue> read = p.read(attribute);
                if (read.isEmpty()) {
                    missing++;
                } else if (read.stream().allMatch(v -> truth.contains(v.value()))) {
                    agree++;
                } else {
                    disagree++;
                    read.stream().filter(v -> !truth.contains(v.value())).forEach(v -> wrong.add(p.id() + ": "
                            + attribute + " read '" + v.value() + "', curated " + truth + " — \""
                            + v.evidence().get(0).sentence() + "\" (" + v.evidence().get(0).note() + " P"
                            + v.evidence().get(0).slide() + ")"));
                }
            }
            out.put(attribute, new Tally(attribute, curated, agree, missing, disagree, wrong));
        }
        return out;
    }

    private static Set<String> curated(Attributes a, String attribute) {
        return switch (attribute) {
            case "backbone" -> a.backbone() == null ? Set.of() : Set.of(a.backbone());
            case "space" -> a.space() == null ? Set.of() : Set.of(a.space());
            case "builtOn" -> a.builtOn() == null ? Set.of() : Set.of(a.builtOn());
            case "training" -> a.training() == null ? Set.of() : Set.of(a.training());
            case "conditions" -> Set.copyOf(a.conditions());
            case "openSource" -> a.openSource() == null ? Set.of() : Set.of(a.openSource() ? "yes" : "no");
            default -> throw new IllegalArgumentException(attribute);
        };
    }

    static String table(Map<String, Tally> tallies) {
        StringBuilder b = new StringBuilder("| attribute | curated | agree | missing | disagree | disagree / (agree + disagree) |\n");
        b.append("|---|---:|---:|---:|---:|---:|\n");
        for (Tally t : tallies.values()) {
            b.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f %% |%n", t.attribute(),
                    t.curated(), t.agree(), t.missing(), t.disagree(), 100 * t.disagreeShare()));
        }
        return b.toString();
    }
}
