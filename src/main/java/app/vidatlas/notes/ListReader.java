package app.vidatlas.notes;

import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A list: each item is a key point of the section it is in (indented by its depth), and may be a citation line. The
 * nesting is walked with an explicit stack, so a hostile note's thousands of nested lists cannot overflow the stack.
 */
final class ListReader {
    private final NoteDraft draft;

    ListReader(NoteDraft draft) {
        this.draft = draft;
    }

    void read(ListBlock list, int line) {
        draft.touch();
        record Item(Node node, int depth) {
        }
        Deque<Item> stack = new ArrayDeque<>();
        stack.push(new Item(list, 0));
        HeadingTree.Section section = draft.headings.current();
        while (!stack.isEmpty()) {
            Item entry = stack.pop();
            List<Node> children = new ArrayList<>();
            for (Node c = entry.node().getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            if (entry.node() instanceof ListBlock) {
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(new Item(children.get(i), entry.depth()));
                }
                continue;
            }
            List<String> text = new ArrayList<>();
            for (Node child : children) {
                if (child instanceof ListBlock) {
                    continue;
                }
                InlineContent content = InlineContent.of(child);
                text.addAll(content.lines());
                draft.slides.figures(content, section.figures);
                draft.links(content, section.links);
            }
            int itemLine = MarkdownWalk.lineOf(entry.node());
            text.forEach(l -> draft.citations(l, itemLine > 0 ? itemLine : line, true));
            String point = Texts.squash(String.join(" ", text));
            if (!point.isEmpty()) {
                section.keyPoints.add("  ".repeat(entry.depth()) + point);
                draft.slides.current().common(point, section);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                if (children.get(i) instanceof ListBlock) {
                    stack.push(new Item(children.get(i), entry.depth() + 1));
                }
            }
        }
    }
}
