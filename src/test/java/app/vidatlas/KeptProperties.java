package app.vidatlas;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * System properties a test sets, put back as they were when it ends. Surefire points the config and cache folders at
 * {@code target/test-home} for every test; a property cleared instead of restored sent later tests to the user's own.
 */
public final class KeptProperties {
    private final Map<String, String> before = new LinkedHashMap<>();

    /** Sets the property, remembering its value before the first set. */
    public void set(String key, String value) {
        if (!before.containsKey(key)) {
            before.put(key, System.getProperty(key));
        }
        System.setProperty(key, value);
    }

    /** Every property set back to what it was (cleared if it had none). */
    public void restore() {
        before.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        before.clear();
    }
}
