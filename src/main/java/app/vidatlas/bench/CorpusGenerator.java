package app.vidatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus of notes in the bundled notes' format, for measuring speed and scale: chapters with slide
 * markers, numbered headings, paper sections with citations, bullets and figures, Chinese annotations and
 * questions, paper tables and "More Works" tables, some papers cited again from other chapters (a few with a
 * damaged title, as in the real notes). Deterministic for a seed. The vocabulary is generated, not repeated, so
 * that the index grows with the corpus as it would with real notes.
 */
public final class CorpusGenerator {
    private static final String[] SYLLABLES = {"vi", "de", "o", "mo", "ra", "tem", "po", "la", "ten", "flu", "x", "gen",
            "syn", "dif", "fu", "sion", "cra", "ft", "li", "ne", "ar", "ka", "zo", "pix", "el", "ma", "gic", "tron",
            "nex", "dy", "na", "mi", "cs", "sha", "dow", "ri", "ver", "lu", "men", "qua", "si", "cor", "tex", "al"};
    private static final String[] TOPICS = {"text-to-video", "image-to-video", "video editing", "motion control",
            "audio-driven", "long video", "camera control", "3D-aware", "personalized", "multimodal"};
    private static final String[] ENGLISH = {"temporal", "attention", "latent", "pixel", "diffusion", "consistency",
            "motion", "module", "frames", "alignment", "upsampling", "cascade", "transformer", "U-Net", "noise",
            "prior", "adapter", "tuning", "training-free", "guidance", "optical", "flow", "caption", "dataset",
            "resolution", "coherence", "inversion", "keyframe", "interpolation", "decoder", "encoder", "token",
            "window", "causal", "convolution", "spatial", "layers", "frozen", "personalized", "zero-shot", "benchmark",
            "evaluation", "FVD", "CLIP", "score", "memory", "efficient", "joint", "image-video", "pretraining"};
    private static final String CJK = "时域空间一致性生成视频图像模型训练数据运动控制文本条件扩散噪声特征帧注意力结构编码解码"
            + "插值分辨率效果问题方法改进基础预训练微调推断采样优化信息表示学习提示词风格内容场景物体相机轨迹声音音频";
    private static final String[] VENUES = {"arXiv", "arXiv", "arXiv", "CVPR", "ICCV", "ECCV", "NeurIPS", "ICLR",
            "SIGGRAPH", "CVPRW"};

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();
    private final List<String> chinese = new ArrayList<>();

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A paper of the corpus. */
    private record GenPaper(int index, String name, String title, String author, String venue, int year) {
        String citation() {
            return author + " et al., “" + title + ",” " + venue + " " + year + ".";
        }
    }

    /**
     * Writes the corpus.
     *
     * @param papers how many papers
     * @param out    the folder (created; files in it are overwritten)
     * @return the notes written
     */
    public List<Path> write(int papers, Path out) throws IOException {
        growVocabulary(Math.max(2000, papers / 4));
        List<GenPaper> all = new ArrayList<>(papers);
        for (int i = 0; i < papers; i++) {
            all.add(paper(i));
        }
        List<Path> written = new ArrayList<>();
        int chapter = 0;
        int i = 0;
        while (i < papers) {
            int size = Math.min(papers - i, 12 + random.nextInt(20));
            List<GenPaper> own = all.subList(i, i + size);
            Path file = out.resolve(String.format(Locale.ROOT, "part-%03d/chapter-%05d.md", chapter / 100, chapter));
            Files.createDirectories(file.getParent());
            Files.writeString(file, chapter(chapter, own, all), StandardCharsets.UTF_8);
            written.add(file);
            i += size;
            chapter++;
        }
        return written;
    }

    private void growVocabulary(int words) {
        while (vocabulary.size() < words) {
            StringBuilder w = new StringBuilder();
            int n = 2 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(w.toString());
        }
        while (chinese.size() < words / 2) {
            StringBuilder w = new StringBuilder();
            int n = 2 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                w.append(CJK.charAt(random.nextInt(CJK.length())));
            }
            chinese.add(w.toString());
        }
    }

    private GenPaper paper(int i) {
        String base = capitalize(word()) + capitalize(word());
        String name = random.nextInt(4) == 0 ? base + "-" + (1 + random.nextInt(3)) : base;
        String title = name + ": " + capitalize(english()) + " " + capitalize(word()) + " " + capitalize(english())
                + " for " + capitalize(TOPICS[random.nextInt(TOPICS.length)]) + " Generation";
        String author = capitalize(word());
        return new GenPaper(i, name, title, author, VENUES[random.nextInt(VENUES.length)], 2019 + random.nextInt(7));
    }

    private String chapter(int number, List<GenPaper> own, List<GenPaper> all) {
        StringBuilder b = new StringBuilder();
        int slide = 1 + number * 60;
        int section = 1 + random.nextInt(9);
        b.append("\nP").append(slide++).append("  \n# ").append(section).append(' ')
                .append(capitalize(TOPICS[number % TOPICS.length])).append(" Generation\n\n## ").append(section).append('.')
                .append(1 + number % 9).append(' ').append(capitalize(english())).append(' ').append(english())
                .append(" works\n\n");
        b.append("P").append(slide++).append("  \n\n![](../../assets/bench-").append(number).append("-0.png) \n\n")
                .append(annotation()).append('\n');
        int tableAt = own.size() / 2;
        for (int k = 0; k < own.size(); k++) {
            GenPaper p = own.get(k);
            int slides = 1 + random.nextInt(4);
            for (int s = 0; s < slides; s++) {
                b.append("P").append(slide++).append("   \n## ").append(p.name()).append("\n\n")
                        .append(capitalize(english())).append(' ').append(english()).append(" for ")
                        .append(TOPICS[random.nextInt(TOPICS.length)]).append(" generation\n\n");
                int bullets = 2 + random.nextInt(5);
                for (int x = 0; x < bullets; x++) {
                    b.append(" - ").append(sentence()).append("   \n");
                    if (random.nextInt(5) == 0) {
                        b.append("    - ").append(sentence()).append("   \n");
                    }
                }
                b.append("\n![](../../assets/bench-").append(p.index()).append('-').append(s).append(".png) \n\n");
                String cite = p.citation();
                if (random.nextInt(30) == 0) {
                    cite = damage(cite);
                }
                b.append(cite).append("    \n\n");
                int notes = random.nextInt(4);
                for (int x = 0; x < notes; x++) {
                    b.append(annotation());
                }
                b.append('\n');
            }
            if (k == tableAt) {
                b.append(paperTable(all));
                b.append(moreWorks(all, number));
            }
        }
        b.append("---------------------------------------\n> 本文出自Bench，转载请注明出处。\n>\n> https://bench.example.org/notes/\n");
        return b.toString();
    }

    /** Papers from anywhere in the corpus: some papers are discussed in several chapters. */
    private String paperTable(List<GenPaper> all) {
        StringBuilder b = new StringBuilder("## Multi-Modal Guided Generation\n\n|ID|Year|Name|Note|Tags|Link|\n|---|---|---|---|---|---|\n");
        int rows = 1 + random.nextInt(3);
        for (int r = 0; r < rows; r++) {
            GenPaper p = all.get(random.nextInt(all.size()));
            b.append('|').append(p.index()).append('|').append(p.year()).append('|').append(p.title()).append("|<br> &#x2705; ")
                    .append(chineseSentence()).append("<br> &#x2705; ").append(chineseSentence()).append('|')
                    .append(capitalize(word())).append(", ").append(chineseWord()).append("|[link](https://bench.example.org/papers/")
                    .append(p.index()).append(".html)|\n");
        }
        return b.append('\n').toString();
    }

    private String moreWorks(List<GenPaper> all, int number) {
        StringBuilder b = new StringBuilder("##  More Works\n\n|||\n|--|--|\n");
        int rows = 2 + random.nextInt(3);
        for (int r = 0; r < rows; r++) {
            GenPaper p = all.get(random.nextInt(all.size()));
            String title = p.title();
            if (random.nextInt(20) == 0) {
                title = damageWord(title);
            }
            b.append("| ![](../../assets/bench-mw-").append(number).append('-').append(r).append(".png)  | **")
                    .append(p.name()).append("** (").append(p.author()).append(" et al.) <br> ").append(sentence())
                    .append(" <br> “").append(title).append(",” ").append(p.venue()).append(' ').append(p.year()).append(". |\n");
        }
        return b.append("\n> &#x2705; ").append(chineseSentence()).append("   \n\n").toString();
    }

    private String annotation() {
        if (random.nextInt(8) == 0) {
            return "> &#x2753; " + chineseSentence() + "?   \n";
        }
        return "> &#x2705; " + chineseSentence() + "   \n";
    }

    private String sentence() {
        StringBuilder b = new StringBuilder(capitalize(english()));
        int n = 5 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            b.append(' ').append(random.nextInt(3) == 0 ? word() : english());
        }
        return b.toString();
    }

    private String chineseSentence() {
        StringBuilder b = new StringBuilder();
        int n = 3 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(random.nextInt(4) == 0 ? " " + english() + " " : chineseWord());
        }
        return b.append('。').toString();
    }

    private String chineseWord() {
        return chinese.get(random.nextInt(chinese.size()));
    }

    private String english() {
        return ENGLISH[random.nextInt(ENGLISH.length)];
    }

    private String word() {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    /** A letter lost from one word of the title, as the real notes do ("ecomposed"). */
    private String damage(String citation) {
        int open = citation.indexOf('“');
        int close = citation.indexOf(',', open);
        return citation.substring(0, open + 1) + damageWord(citation.substring(open + 1, close)) + citation.substring(close);
    }

    private String damageWord(String title) {
        String[] words = title.split(" ");
        int w = 1 + random.nextInt(Math.max(1, words.length - 1));
        if (w < words.length && words[w].length() > 4) {
            words[w] = words[w].substring(1);
        }
        return String.join(" ", words);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
