package app.vidatlas.ui.reader;

import java.util.ArrayList;
import java.util.List;

/** Back and forward through everything opened, like a browser: opening a new place drops the forward list. */
public final class NavigationHistory {
    private static final int LIMIT = 500;
    private final List<Place> places = new ArrayList<>();
    private int index = -1;

    public void visit(Place place) {
        if (index >= 0 && places.get(index).equals(place)) {
            return;
        }
        while (places.size() > index + 1) {
            places.remove(places.size() - 1);
        }
        places.add(place);
        if (places.size() > LIMIT) {
            places.remove(0);
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

    public Place current() {
        return index < 0 ? null : places.get(index);
    }
}
