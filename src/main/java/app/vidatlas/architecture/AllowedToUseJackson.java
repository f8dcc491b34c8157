package app.vidatlas.architecture;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class outside the packages that read and write files ({@code index}, {@code userdata}, {@code export},
 * {@code cli}) that may still use Jackson; {@link #value()} says why. Checked by the architecture test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedToUseJackson {
    /** Why this class reads or writes JSON. */
    String value();
}
