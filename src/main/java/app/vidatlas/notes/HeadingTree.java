package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The note's heading tree as the walk goes: the current section and its path. Numbered headings
 * ({@code 2.2 Open-source base models}) are the chapter's sections; the unnumbered headings under them are slide
 * titles, not their siblings. Each section gathers what was written under it, for the paper it may turn out to be.
 */
final class HeadingTree {
    private static final Pattern MORE_WORKS = Pattern.compile("(?i)\\s*[:：\\-–]?\\s*\\bmore works\\b\\s*[:：\\-–]?\\s*");
    private static final Pattern OTHER_WORKS = Pattern.compile("(?i)^other\\b.*\\bworks?$");

    private final Deque<Section> stack = new ArrayDeque<>();
    private final Section root = new Section(null, 0, "", false, 0);
    private final List<Section> sections = new ArrayList<>();
    private Section current = root;

    /** Opens a heading's section; returns it. */
    Section open(String text, int level, int line) {
        boolean numbered = Texts.isNumbered(text);
        while (!stack.isEmpty()) {
            Section top = stack.peek();
            boolean pop = numbered
                    ? top.level >= level || !top.numbered
                    : top.level > level || (top.level == level && !top.numbered);
            if (!pop) {
                break;
            }
            stack.pop();
        }
        Section parent = stack.isEmpty() ? root : stack.peek();
        Section section = new Section(parent, level, text, numbered, line);
        parent.children.add(section);
        sections.add(section);
        stack.push(section);
        current = section;
        return section;
    }

    Section current() {
        return current;
    }

    Section root() {
        return root;
    }

    List<Section> sections() {
        return sections;
    }

    /** The labels of the headings in force, outermost first. */
    List<String> path() {
        List<String> path = new ArrayList<>();
        stack.descendingIterator().forEachRemaining(s -> path.add(s.label));
        return path;
    }

    /** The category a place is filed under: heading labels, numbering and "More Works" removed. */
    static List<String> categoryOf(Section section) {
        List<Section> chain = new ArrayList<>();
        for (Section s = section; s != null && s.parent != null; s = s.parent) {
            chain.add(0, s);
        }
        List<String> path = new ArrayList<>();
        for (Section s : chain) {
            String label = categoryLabel(s.label);
            if (label.isEmpty() || (!path.isEmpty() && label.equalsIgnoreCase(path.get(path.size() - 1)))) {
                continue;
            }
            path.add(label);
        }
        return path;
    }

    static String categoryLabel(String heading) {
        return Texts.squash(MORE_WORKS.matcher(Texts.stripNumbering(heading)).replaceAll(" "));
    }

    /** The note's title: its first heading, or the numbered section just inside a numbered chapter heading. */
    String title(String fallback) {
        Section first = null;
        for (Section s : sections) {
            if (first == null) {
                first = s;
            } else if (first.numbered && s.numbered && s.level > first.level && s.parent == first) {
                first = s;
            } else {
                break;
            }
        }
        return first == null ? fallback : first.label;
    }

    /** A heading and what was written under it until the next heading. */
    static final class Section {
        final Section parent;
        final int level;
        final String label;
        final boolean numbered;
        final int line;
        final List<Section> children = new ArrayList<>();
        final Set<Integer> slides = new LinkedHashSet<>();
        final Set<Figure> figures = new java.util.LinkedHashSet<>();
        final List<Annotation> annotations = new ArrayList<>();
        final List<String> keyPoints = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<CitationAt> citations = new ArrayList<>();

        Section(Section parent, int level, String label, boolean numbered, int line) {
            this.parent = parent;
            this.level = level;
            this.label = label;
            this.numbered = numbered;
            this.line = line;
        }

        /** "More Works", "Sound-Guided Video Generation: More Works", "Other Closed-Source Works". */
        boolean isCollection() {
            String l = Texts.stripNumbering(label).toLowerCase(Locale.ROOT);
            return MORE_WORKS.matcher(l).find() || OTHER_WORKS.matcher(l).matches();
        }
    }

    /** A citation where it was read: its slide and line. */
    record CitationAt(CitedPaper cited, int slide, int line) {
        app.vidatlas.model.Citation citation() {
            return cited.citation();
        }
    }
}
