package app.vidatlas.ui.reader;

import java.util.ArrayList;
import java.util.List;

/** Back and forward through everything opened, like a browser: opening a new place drops the forward list. */
public final class NavigationHistory {
    private static final int LIMIT = 500;
    private final List<Place> places = new ArrayList<>();
    /** How far down each place the reader was when they left it; null until they have. */
    private final List<Double> scrolls = new ArrayList<>();
    private int index = -1;

    public void visit(Place place) {
        if (index >= 0 && places.get(index).equals(place)) {
            return;
        }
        while (places.size() > index + 1) {
            places.remove(places.size() - 1);
            scrolls.remove(scrolls.size() - 1);
        }
        places.add(place);
        scrolls.add(null);
        if (places.size() > LIMIT) {
            places.remove(0);
            scrolls.remove(0);
        }
        index = places.size() - 1;
    }

    public boolean canGoBack() {
        return index > 0;
    }

    public boolean canGoForward() {
        return index < places.size() - 1;
    }

    public Place back() {
        if (canGoBack()) {
            index--;
        }
        return current();
    }

    public Place forward() {
        if (canGoForward()) {
            index++;
        }
        return current();
    }

    /** Remembers how far down the current place the reader is, for coming back to it. */
    public void rememberScroll(double y) {
        if (index >= 0) {
            scrolls.set(index, y);
        }
    }

    /** How far down the current place the reader was when they left it, or null. */
    public Double scroll() {
        return index < 0 ? null : scrolls.get(index);
    }

    public Place current() {
        return index < 0 ? null : places.get(index);
    }
}
