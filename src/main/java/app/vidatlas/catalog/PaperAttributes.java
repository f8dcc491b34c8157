package app.vidatlas.catalog;

import app.vidatlas.model.Attributes;
import app.vidatlas.model.Evidence;
import app.vidatlas.model.Paper;
import app.vidatlas.model.ReadValue;
import app.vidatlas.model.Slide;

import java.util.ArrayList;
import java.util.List;

/**
 * A paper's comparison attributes as shown: the curated value where the metadata has one (it wins, and says it is
 * curated), else every value read from the notes with the sentences that say it (two values where the notes
 * disagree, each with its own). The comparison, the review matrix and every export show these.
 */
public final class PaperAttributes {
    /** One value shown: curated, or read with its evidence. */
    public record Shown(String value, boolean curated, List<Evidence> evidence) {
        public Shown {
            evidence = List.copyOf(evidence);
        }

        /** A read value with every sentence it was read from ({@code latent — read from the notes: …}). */
        public String sources() {
            StringBuilder b = new StringBuilder(value).append(" — read from the notes:");
            for (Evidence e : evidence) {
                b.append("\n  ").append(Slide.place(e.note(), e.slide())).append(": “").append(e.sentence()).append("”");
            }
            return b.toString();
        }
    }

    /** An attribute of one paper: its key, its label and the values shown (none: "not stated"). */
    public record Attribute(String key, String label, List<Shown> values) {
        public Attribute {
            values = List.copyOf(values);
        }

        /** The values as text: alternatives of a one-valued attribute with " / ", lists with ", "; null if none. */
        public String text() {
            if (values.isEmpty()) {
                return null;
            }
            return String.join(LISTS.contains(key) ? ", " : " / ", values.stream().map(Shown::value).toList());
        }

        public boolean curated() {
            return !values.isEmpty() && values.stream().allMatch(Shown::curated);
        }

        /**
         * Where the values come from, as a hover shows it: "From the curated metadata", or each value with every
         * sentence it was read from ({@code latent — t2i-based-works.md P75: “…”}); null when nothing is stated.
         */
        public String sources() {
            if (values.isEmpty()) {
                return null;
            }
            if (curated()) {
                return "From the curated metadata (data/papers.json)";
            }
            return String.join("\n", values.stream().map(Shown::sources).toList());
        }

        /** The first sentence a value was read from, the one a click opens; null for curated or unstated values. */
        public Evidence firstEvidence() {
            return values.stream().flatMap(v -> v.evidence().stream()).findFirst().orElse(null);
        }
    }

    /** The attributes, in the order a comparison shows them: key and label. */
    public static final List<String[]> KEYS = List.of(
            new String[]{"backbone", "Backbone"}, new String[]{"space", "Generation space"},
            new String[]{"builtOn", "Built on"}, new String[]{"baseModel", "Base model"},
            new String[]{"training", "Training"}, new String[]{"conditions", "Conditions"},
            new String[]{"datasets", "Datasets"}, new String[]{"resolution", "Resolution"},
            new String[]{"frames", "Frames"}, new String[]{"metrics", "Metrics"},
            new String[]{"openSource", "Open source"});
    private static final List<String> LISTS = List.of("conditions", "datasets", "resolution", "frames", "metrics");

    private PaperAttributes() {
    }

    /** Every attribute of the paper, in {@link #KEYS} order, stated or not. */
    public static List<Attribute> of(Paper p) {
        List<Attribute> out = new ArrayList<>();
        for (String[] k : KEYS) {
            out.add(of(p, k[0], k[1]));
        }
        return out;
    }

    /** Whether the key names an attribute (rather than the name, the year or the code). */
    public static boolean isAttribute(String key) {
        return KEYS.stream().anyMatch(k -> k[0].equals(key));
    }

    /** One attribute of the paper. */
    public static Attribute of(Paper p, String key) {
        return KEYS.stream().filter(k -> k[0].equals(key)).findFirst().map(k -> of(p, k[0], k[1]))
                .orElseThrow(() -> new IllegalArgumentException("no attribute " + key));
    }

    private static Attribute of(Paper p, String key, String label) {
        List<String> curated = curated(p.attributes(), key);
        if (!curated.isEmpty()) {
            return new Attribute(key, label, curated.stream().map(v -> new Shown(v, true, List.of())).toList());
        }
        List<ReadValue> read = p.read(key);
        return new Attribute(key, label, read.stream().map(v -> new Shown(v.value(), false, v.evidence())).toList());
    }

    private static List<String> curated(Attributes a, String key) {
        String one = switch (key) {
            case "backbone" -> a.backbone();
            case "space" -> a.space();
            case "builtOn" -> a.builtOn();
            case "training" -> a.training();
            case "openSource" -> a.openSource() == null ? null : a.openSource() ? "yes" : "no";
            default -> null;
        };
        if (key.equals("conditions")) {
            return a.conditions();
        }
        return one == null ? List.of() : List.of(one);
    }
}
