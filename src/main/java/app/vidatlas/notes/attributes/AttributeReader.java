package app.vidatlas.notes.attributes;

import app.vidatlas.model.Evidence;
import app.vidatlas.model.ReadValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a paper's comparison attributes from what its slides say, sentence by sentence, keeping each sentence as the
 * value's evidence. Bounded: a paper's text is read up to {@link #MAX_TEXT} characters, a sentence up to
 * {@link #MAX_SENTENCE}, and each value keeps its first {@link #MAX_EVIDENCE} sentences.
 */
public final class AttributeReader {
    /** One piece of a paper's text: a slide's text or an annotation, and where it is. */
    public record Passage(String note, int slide, String text) {
    }

    /** Another paper named in a sentence: where, and its id. */
    public record Named(int at, String id) {
    }

    /**
     * The attribute whose values are the ids of other papers of the notes a paper is built on ("基于 AnimateDiff",
     * "built upon Show-1"), read as {@code baseModel} is for the well-known models: the lineage's edges.
     */
    public static final String BUILDS_ON = "buildsOn";

    /**
     * The attribute whose values are names of other models written right after a builds-on phrase ("基于VQ-VAE的",
     * "fine-tuned GLIDE"), well-known or not: lineage edges to what the notes name but do not discuss.
     */
    public static final String BUILDS_ON_MODEL = "buildsOnModel";

    static final int MAX_TEXT = 200_000;
    static final int MAX_SENTENCE = 600;
    static final int MAX_EVIDENCE = 5;
    /** Where a sentence ends: a full stop, question or exclamation mark (Chinese too), a semicolon, a line. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；;!?])|(?<=\\.)\\s+|\\n+");

    private AttributeReader() {
    }

    /**
     * The attributes these passages state about the paper of these names, each value with its sentences, in the
     * order the attributes and values were first read.
     *
     * @param othersNamedAt where in a sentence other papers are named (none when the sentence names this one)
     */
    public static List<ReadValue> read(List<Passage> passages, List<String> ownNames,
                                       Function<String, List<Named>> othersNamedAt) {
        Map<String, Map<String, List<Evidence>>> found = new LinkedHashMap<>();
        int budget = MAX_TEXT;
        for (Passage p : passages) {
            if (budget <= 0) {
                break;
            }
            String text = p.text().length() > budget ? p.text().substring(0, budget) : p.text();
            budget -= text.length();
            for (String sentence : SENTENCE_END.split(text)) {
                String s = clean(sentence);
                if (s.length() < 3) {
                    continue;
                }
                List<String[]> said = readSentence(s, ownNames);
                boolean buildsOn = BaseModels.mayBuildOn(s);
                // Names are looked for only in the few sentences that state something: most state nothing.
                if (said.isEmpty() && !buildsOn) {
                    continue;
                }
                List<Named> others = othersNamedAt.apply(s);
                if (aboutAnother(s, others.stream().map(Named::at).toList())) {
                    continue;
                }
                if (buildsOn && !BaseModels.aboutAnotherSubject(s, ownNames) && !ownNamedAsBase(s, ownNames)
                        && !BaseModels.passive(s)) {
                    // Another paper named shortly after "built on" is one it is built on ("基于 AnimateDiff 和 SVD");
                    // one named in a later clause, or after "replaces"/"unlike", is not.
                    others.stream().filter(o -> BaseModels.soonAfterCue(s, o.at()) && !BaseModels.contrastBefore(s, o.at()))
                            .map(Named::id).distinct().forEach(id -> said.add(new String[]{BUILDS_ON, id}));
                }
                for (String[] kv : said) {
                    List<Evidence> ev = found.computeIfAbsent(kv[0], k -> new LinkedHashMap<>())
                            .computeIfAbsent(kv[1], v -> new ArrayList<>());
                    Evidence e = new Evidence(p.note(), p.slide(), s);
                    if (ev.size() < MAX_EVIDENCE && !ev.contains(e)) {
                        ev.add(e);
                    }
                }
            }
        }
        List<ReadValue> out = new ArrayList<>();
        found.forEach((attribute, values) -> values.forEach((value, ev) -> out.add(new ReadValue(attribute, value, ev))));
        return out;
    }

    /**
     * Whether the sentence is about another paper: it names one, and not as what this one builds on ("Initialize
     * weights from Stable Diffusion" names Stable Diffusion as a base; a "More Works" row names its own paper).
     */
    static boolean aboutAnother(String sentence, List<Integer> othersAt) {
        for (int at : othersAt) {
            if (!BaseModels.buildsOnBefore(sentence, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the paper itself is named after the builds-on phrase ("基于隐空间的 LDM 方案: Align your Latents" on
     * LDM's page): then the sentence is about what is built on it, not what it is built on.
     */
    private static boolean ownNamedAsBase(String sentence, List<String> ownNames) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String name : ownNames) {
            int at = name.length() >= 3 ? lower.indexOf(name.toLowerCase(java.util.Locale.ROOT)) : -1;
            if (at >= 0 && BaseModels.buildsOnBefore(sentence, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether what is named at {@code at} comes after a builds-on phrase: named as a base, not as a subject. */
    public static boolean namedAsBase(String sentence, int at) {
        return BaseModels.buildsOnBefore(sentence, at);
    }

    /** Every (attribute, value) one sentence states. */
    static List<String[]> readSentence(String sentence, List<String> ownNames) {
        List<String[]> out = new ArrayList<>();
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (Cue c : Cues.ALL) {
            if (c.saidIn(sentence, lower)) {
                out.add(new String[]{c.attribute(), c.value()});
            }
        }
        out.addAll(BaseModels.read(sentence, lower, ownNames));
        out.addAll(Measures.read(sentence, lower));
        return out;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[*_`#>]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^[-•]\\s+");

    /** The sentence as shown: markdown marks and runs of spaces gone, cut to a readable length. */
    private static String clean(String sentence) {
        // Compiled once: this runs for every sentence of every paper (a fifth of a 100k catalog's build, JFR).
        String s = SPACES.matcher(MARKS.matcher(sentence).replaceAll(" ")).replaceAll(" ").strip();
        s = BULLET.matcher(s).replaceFirst("");
        return s.length() > MAX_SENTENCE ? s.substring(0, MAX_SENTENCE) + "…" : s;
    }
}
