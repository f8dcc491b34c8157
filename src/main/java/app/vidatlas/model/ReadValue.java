package app.vidatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * One value of a comparison attribute read from the notes ({@code backbone} = {@code Transformer}), with every
 * sentence that says it. A value is read only where a sentence says it: there is no value without evidence.
 *
 * @param attribute the attribute's key, as the comparison names it ({@code backbone}, {@code datasets}, ...)
 * @param value     the value in the curated metadata's words where it has them ({@code U-Net}, {@code latent})
 * @param evidence  the sentences it was read from, in note order; never empty
 */
public record ReadValue(String attribute, String value, List<Evidence> evidence) {
    public ReadValue {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a value read from the notes needs the sentence it was read from");
        }
    }
}
