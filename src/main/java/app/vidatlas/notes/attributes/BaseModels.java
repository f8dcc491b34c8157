package app.vidatlas.notes.attributes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a method is built on: a named base model ("Initialize weights from Stable Diffusion 2.1", "ZeroScope 在
 * ModelScope 上 finetune", "使用预训练T2I模型CogView2") and its kind, in the curated metadata's words (T2I model,
 * T2V model, trained from scratch). A name counts only in a sentence that says the method builds on it, and only when
 * no other method is the sentence's subject ("ZeroScope: finetunes ModelScope" on ModelScope's slide is about
 * ZeroScope).
 */
final class BaseModels {
    /** A model others build on, and its kind (null when the name does not say). */
    private record Known(String name, String kind, Pattern pattern) {
    }

    private static final List<Known> KNOWN = List.of(
            known("Stable Diffusion XL", "T2I model", "\\bStable Diffusion XL\\b|\\bSDXL\\b"),
            known("Stable Diffusion", "T2I model", "\\bStable[- ]?Diffusion(?:\\s*(?:v|V)?\\d(?:\\.\\d)?)?\\b(?! XL)(?! Video)"
                    + "|\\bSD\\s?(?:v|V)?\\d\\.\\d\\b"),
            known("Latent Diffusion", "T2I model", "\\bLatent Diffusion Models?\\b|\\bLDM\\b"),
            known("Imagen", "T2I model", "\\bImagen\\b(?! Video)"),
            known("CogView2", "T2I model", "\\bCogView ?2\\b"),
            known("DALL·E 2", "T2I model", "\\bDALL[-·]?E ?2\\b"),
            // An architecture more than a model: "based on DiT" names a base, but says nothing of T2I or T2V.
            known("DiT", null, "\\bDiT\\b"),
            known("PixArt-α", "T2I model", "\\bPixArt-?(?:α|alpha)\\b"),
            known("DeepFloyd IF", "T2I model", "\\bDeepFloyd(?: IF)?\\b"),
            known("ModelScope", "T2V model", "\\bModelScope(?:T2V| T2V)?\\b"),
            known("VideoCrafter", "T2V model", "\\bVideoCrafter ?\\d?\\b"),
            known("Zeroscope", "T2V model", "\\bZeroScope\\b"),
            known("LaVie", "T2V model", "\\bLaVie\\b"),
            known("Stable Video Diffusion", "T2V model", "\\bStable Video Diffusion\\b|\\bSVD\\b"),
            known("AnimateDiff", "T2V model", "\\bAnimateDiff\\b"),
            known("CogVideo", "T2V model", "\\bCogVideo\\b"));

    /** "builds on": the verbs and phrases that make a named model the method's base. */
    private static final Pattern BUILDS_ON = Cue.compile("\\b(?:based on|built (?:up)?on|builds? (?:up)?on|on top of"
            + "|extend(?:s|ed)? from|extends|fine-?tun(?:e|es|ed|ing)|initiali[sz](?:e|es|ed|ing)(?: (?:the )?weights)? (?:from|with)"
            + "|inflat(?:e|es|ed|ing)|leverag(?:e|es|ing) (?:a |the )?pre-?trained|(?:start|starts|starting) from"
            + "|uses? (?:a |the )?pre-?trained)\\b|基于|以.{1,40}?为(?:基础|底座|base)|在.{1,40}?(?:上|基础上)\\s*(?:finetune|fine-tune|微调)"
            + "|使用(?:了)?预训练|利用(?:了)?预训练|预训练(?:的)?(?:T2I|T2V|文生图|文生视频)?模型", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRETRAINED_T2I = Cue.compile("\\b(?:leverag\\w*|uses?|using|adapt\\w*|extend\\w*|on top of|"
            + "inflat\\w*|from) (?:a |the )?pre-?trained (?:T2I|text-to-image|image) (?:diffusion )?models?\\b"
            + "|(?:使用|利用|基于)(?:了)?预训练(?:的)?\\s*(?:T2I|文生图|图像)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRATCH = Cue.compile("\\btrain(?:ed|s|ing)? from scratch\\b|从头(?:开始)?训练|从零(?:开始)?训练",
            Pattern.CASE_INSENSITIVE);
    /**
     * A model's name right after a builds-on phrase ("基于VQ-VAE的", "fine-tuned GLIDE", "based on a pretrained
     * LLaMA"): a word with two or more capitals or digits, as model names are written (NeRF, 3DGS, StyleGAN, MV-VDM).
     */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s*(?:(?:a|an|the|pre-?trained|off-the-shelf|"
            + "预训练(?:的)?|现有(?:的)?|开源(?:的)?)\\s*)*([A-Z0-9][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)");
    /** Names of kinds, techniques and data rather than of a model one builds on. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("LLM", "LLMS", "VAE", "VAES", "GAN", "GANS",
            "CNN", "CNNS", "RNN", "MLP", "MLPS", "ODE", "ODES", "PDE", "SDE", "DL", "ML", "AI", "RGB", "RGB-D", "API",
            "GPU", "CPU", "HPE", "I2V", "T2V", "T2I", "T2M", "V2V", "3D", "2D", "4D", "UNET", "U-NET", "VLM", "VLMS",
            "MLLM", "LORA", "IMU", "GPT", "KL", "SMPL-X");

    /** Words that set a named model against the method, not under it: "替代传统 U-Net", "unlike DiT", "compared with SVD". */
    private static final Pattern CONTRAST = Cue.compile("\\b(?:replac\\w*|instead of|unlike|rather than|compared (?:to|with)"
            + "|outperform\\w*|better than|superior to)\\b|替代|取代|代替|相比|相较|对比|优于|不同于|而非", Pattern.CASE_INSENSITIVE);

    /** "ZeroScope: …", "ZeroScope 在 …": a sentence that starts with a name is about that name. */
    private static final Pattern SUBJECT = Pattern.compile("^\\s*(?:[-*•]\\s*)?([A-Z][\\w.\\-]*(?: [A-Z0-9][\\w.\\-]*)?)(?:\\s*[:：]|\\s*在|\\s+(?:uses|finetunes|extends|is)\\b)");

    private BaseModels() {
    }

    /** Whether the lower-cased sentence holds one of these: the cheap test before a regular expression runs. */
    static boolean has(String lower, String... keys) {
        for (String k : keys) {
            if (lower.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a builds-on phrase comes before position {@code at} of the sentence. */
    static boolean buildsOnBefore(String sentence, int at) {
        Matcher m = BUILDS_ON.matcher(sentence);
        return m.find() && m.start() < at;
    }

    /** Whether the sentence starts with another method's name ("ZeroScope: finetunes ModelScope"): it is about that. */
    static boolean aboutAnotherSubject(String sentence, List<String> ownNames) {
        Matcher subject = SUBJECT.matcher(sentence);
        return subject.find() && !isOwn(subject.group(1), ownNames)
                && !subject.group(1).matches("(?i)we|it|this|the|our|use|uses");
    }

    /** The name of a model written right after a builds-on phrase, when it looks like one and is not the paper's. */
    static String namedAfterCue(String sentence, List<String> ownNames) {
        Matcher cue = BUILDS_ON.matcher(sentence);
        while (cue.find()) {
            Matcher n = NAME_AFTER.matcher(sentence).region(cue.end(), sentence.length());
            if (!n.lookingAt()) {
                continue;
            }
            String name = n.group(1).replaceAll("[.-]+$", "");
            long marks = name.chars().filter(c -> Character.isUpperCase(c) || Character.isDigit(c)).count();
            boolean modelLike = marks >= 2 && name.length() >= 3 && name.length() <= 24
                    && name.chars().anyMatch(Character::isLetter) && !name.matches("\\d{4}.*") && !wordsJoined(name);
            if (modelLike && !GENERIC.contains(name.toUpperCase(java.util.Locale.ROOT)) && !isOwn(name, ownNames)
                    && !contrastBefore(sentence, n.start(1)) && !definedBefore(sentence, name, n.start(1))) {
                return name;
            }
        }
        return null;
    }

    /**
     * Words joined by hyphens, not a model's name: "Text-to-Image", "Levenberg-Marquardt" (no part has two capitals or
     * digits), where "VQ-VAE" and "MV-VDM" do.
     */
    private static boolean wordsJoined(String name) {
        if (!name.contains("-")) {
            return false;
        }
        for (String part : name.split("-")) {
            if (part.chars().filter(c -> Character.isUpperCase(c) || Character.isDigit(c)).count() >= 2) {
                return false;
            }
        }
        return true;
    }

    /** Whether the passage defined the name as the method's own part before ("多视角视频扩散模型（MV-VDM）…基于MV-VDM"). */
    private static boolean definedBefore(String sentence, String name, int at) {
        String before = sentence.substring(0, at);
        return before.contains("(" + name + ")") || before.contains("（" + name + "）");
    }

    /** "ModelScope was later fine-tuned into ZeroScope": the method is what others were built from, not on. */
    private static final Pattern PASSIVE = Cue.compile("\\b(?:was|were|is|are|been|be|being)\\s+(?:\\w+\\s+)?(?:fine-?tuned|"
            + "built|extended|initiali[sz]ed|inflated|adapted|used|distilled|trained)\\s+(?:into|to (?:produce|create|build|"
            + "make)|by|for)\\b|被.{0,20}?(?:微调|finetune)", Pattern.CASE_INSENSITIVE);
    /** How far after a builds-on phrase a name still is what it is built on: "based on X" yes, a later clause no. */
    static final int NEAR_CUE = 60;

    /** Whether the sentence says others were built from the method ("was fine-tuned into", "被 … 微调"). */
    static boolean passive(String sentence) {
        return PASSIVE.matcher(sentence).find();
    }

    /** "Use Stable Diffusion to …": a well-known model used by name, right before it. */
    private static final Pattern USED = Pattern.compile("\\b(?:uses?|using|adopts?|adopting)\\s+(?:the\\s+|a\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private static boolean usedRightBefore(String sentence, int at) {
        return USED.matcher(sentence.substring(Math.max(0, at - 20), at)).find();
    }

    /** Whether a builds-on phrase ends shortly before position {@code at}: what is named there is a base. */
    static boolean soonAfterCue(String sentence, int at) {
        Matcher m = BUILDS_ON.matcher(sentence);
        while (m.find() && m.start() < at) {
            if (at - m.end() <= NEAR_CUE) {
                return true;
            }
        }
        return false;
    }

    /** Whether a contrast ("replaces", "unlike", "相比") comes before position {@code at}: what is named there is not a base. */
    static boolean contrastBefore(String sentence, int at) {
        Matcher m = CONTRAST.matcher(sentence);
        return m.find() && m.start() < at;
    }

    /** Whether the sentence says something is built on something, by one of the builds-on phrases. */
    static boolean mayBuildOn(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return has(lower, "based", "built", "build", "top of", "extend", "fine", "tun", "initiali", "inflat", "leverag",
                "start", "use", "pretrain", "pre-train", "基于", "为", "上", "预训练") && BUILDS_ON.matcher(sentence).find();
    }

    private static Known known(String name, String kind, String regex) {
        return new Known(name, kind, Cue.compile(regex, 0));
    }

    /** {@code builtOn} and {@code baseModel} values the sentence states for a paper of these names. */
    static List<String[]> read(String sentence, String lower, List<String> ownNames) {
        List<String[]> out = new ArrayList<>();
        if (has(lower, "scratch", "从头", "从零") && SCRATCH.matcher(sentence).find()) {
            out.add(new String[]{"builtOn", "trained from scratch"});
            return out;
        }
        if (aboutAnotherSubject(sentence, ownNames) || passive(sentence)) {
            return out;   // the sentence is about another method, or about what was built from this one
        }
        boolean pretrained = has(lower, "pretrain", "pre-train", "预训练");
        if (pretrained && PRETRAINED_T2I.matcher(sentence).find()) {
            out.add(new String[]{"builtOn", "T2I model"});
        }
        if (!pretrained && !has(lower, "based", "built", "build", "top of", "extend", "fine", "tun", "initiali", "inflat",
                "leverag", "start", "use", "基于", "为", "上") || !BUILDS_ON.matcher(sentence).find()) {
            return out;
        }
        // The first model named is the base; a second is usually what it is compared with.
        Known first = null;
        String firstText = null;
        int at = Integer.MAX_VALUE;
        String others = withoutOwnNames(sentence, ownNames);
        for (Known k : KNOWN) {
            Matcher m = k.pattern().matcher(others);
            while (m.find()) {
                if (!isOwn(m.group(), ownNames) && m.start() < at
                        && (buildsOnBefore(others, m.start()) || usedRightBefore(others, m.start()))
                        && !contrastBefore(others, m.start())) {
                    first = k;
                    firstText = m.group();
                    at = m.start();
                }
            }
        }
        if (first != null) {
            out.add(new String[]{"baseModel", withVersion(first.name(), firstText)});
            if (first.kind() != null) {
                out.add(new String[]{"builtOn", first.kind()});
            }
        }
        String named = namedAfterCue(sentence, ownNames);
        if (named != null && (firstText == null || !firstText.equalsIgnoreCase(named))) {
            out.add(new String[]{AttributeReader.BUILDS_ON_MODEL, named});
        }
        return out;
    }

    /**
     * The sentence with the paper's own names blanked out: "Align your Latents: … with Latent Diffusion Models" names
     * the paper, not a base model it uses.
     */
    private static String withoutOwnNames(String sentence, List<String> ownNames) {
        String out = sentence;
        for (String name : ownNames) {
            if (name.length() >= 4) {
                Matcher m = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE).matcher(out);
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(b, " ".repeat(m.group().length()));
                }
                out = m.appendTail(b).toString();
            }
        }
        return out;
    }

    /** "Stable Diffusion 2.1", "SD 1.5": the version the notes give, which matters to whoever reproduces it. */
    private static String withVersion(String name, String said) {
        Matcher v = Pattern.compile("(\\d(?:\\.\\d)?)\\s*$").matcher(said);
        return name.equals("Stable Diffusion") && v.find() ? name + " " + v.group(1) : name;
    }

    private static boolean isOwn(String name, List<String> ownNames) {
        String n = name.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
        return ownNames.stream().map(o -> o.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT))
                .anyMatch(o -> !o.isEmpty() && (o.equals(n) || o.startsWith(n) && n.length() >= 4));
    }
}
