package app.vidatlas.export;

import app.vidatlas.model.Paper;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * BibTeX entries built from what the metadata knows: title, first author with {@code and others}, year, venue (or
 * {@code journal = {arXiv preprint arXiv:NNNN.NNNNN}}) and a url. Keys are stable (surname, year, first word of the
 * title) and made unique within a list; LaTeX's special characters are escaped.
 */
public final class BibTeX {
    private static final Set<String> SKIP_WORDS = Set.of("a", "an", "the", "on", "of", "towards", "toward");


    private BibTeX() {
    }

    public static String entry(Paper p) {
        return entry(p, key(p));
    }

    /** Entries for a list, keys unique within it ({@code zhang2024show}, {@code zhang2024showa}, ...). */
    public static String entries(List<Paper> papers) {
        java.util.Set<String> used = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        for (Paper p : papers) {
            out.add(entry(p, uniqueKey(p, used)));
        }
        return String.join("\n", out);
    }

    /**
     * The paper's key, made unique among {@code used} (and added to it): a, b, ... z, then aa, ab, ...: letters only,
     * as BibTeX styles expect, and never another paper's key. RIS and CSL-JSON use the same keys.
     */
    static String uniqueKey(Paper p, java.util.Set<String> used) {
        String base = key(p);
        String key = base;
        for (int n = 0; !used.add(key); n++) {
            key = base + suffix(n);
        }
        return key;
    }

    private static String suffix(int n) {
        String s = "";
        for (int i = n; i >= 0; i = i / 26 - 1) {
            s = (char) ('a' + i % 26) + s;
        }
        return s;
    }

    static String entry(Paper p, String key) {
        String venue = p.venue();
        Cited.Kind kind = Cited.kind(p);
        boolean arxivOnly = kind == Cited.Kind.PREPRINT;
        String venueName = Cited.venueName(p);
        boolean journal = kind == Cited.Kind.JOURNAL;
        String type = arxivOnly || journal ? "article" : "inproceedings";
        StringBuilder b = new StringBuilder("@").append(type).append('{').append(key).append(",\n");
        field(b, "title", p.title());
        String author = author(p);
        if (author != null) {
            field(b, "author", author);
        }
        String year = Cited.year(p);
        if (year != null) {
            b.append("  year = {").append(year).append("},\n");
        }
        if (arxivOnly) {
            if (p.arxiv() != null) {
                field(b, "journal", "arXiv preprint arXiv:" + p.arxiv());
            } else if (venue != null) {
                field(b, "journal", venue);
            }
        } else if (journal) {
            field(b, "journal", venueName);
        } else {
            field(b, "booktitle", venueName);
        }
        if (p.arxiv() != null) {
            field(b, "eprint", p.arxiv());
            field(b, "archivePrefix", "arXiv");
        }
        String url = Cited.url(p);
        if (url != null) {
            b.append("  url = {").append(url).append("},\n");
        }
        b.setLength(b.length() - 2);
        return b.append("\n}\n").toString();
    }

    /**
     * {@code zhang2024show}: first author's surname, the year the entry gives ({@link #year}), first word of the
     * title that says something.
     */
    public static String key(Paper p) {
        String surname = surname(p);
        String word = "";
        for (String w : ascii(p.title()).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !SKIP_WORDS.contains(w)) {
                word = w;
                break;
            }
        }
        String year = Cited.year(p);
        return (surname.isEmpty() ? "paper" : surname) + (year == null ? "" : year) + word;
    }

    private static String surname(Paper p) {
        String[] names = Cited.firstAuthor(p);
        return names.length == 0 ? "" : ascii(names[names.length - 1]).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** {@code Zhang, David Junhao and others}: the metadata keeps the first author only, so the others are "others". */
    private static String author(Paper p) {
        String[] names = Cited.firstAuthor(p);
        if (names.length == 0) {
            return null;
        }
        String name = names.length == 1 ? names[0]
                : names[names.length - 1] + ", " + String.join(" ", Arrays.copyOf(names, names.length - 1));
        return name + " and others";
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
    }

    /** LaTeX's special characters, escaped; everything else (accents, Chinese) is kept as UTF-8. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
}
