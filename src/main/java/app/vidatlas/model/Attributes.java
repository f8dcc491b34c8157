package app.vidatlas.model;

import java.util.List;

/**
 * The comparison attributes from the curated metadata. A null field means "not stated", never "no".
 *
 * @param backbone   U-Net or Transformer
 * @param space      pixel, latent or both
 * @param builtOn    T2I model, T2V model or trained from scratch
 * @param training   training-free, tuned or trained
 * @param conditions what the generation can be conditioned on (text, image, motion, audio, ...)
 * @param openSource whether official code or weights are public
 */
public record Attributes(String backbone, String space, String builtOn, String training,
                         List<String> conditions, Boolean openSource) {
    public static final Attributes NONE = new Attributes(null, null, null, null, List.of(), null);

    public Attributes {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public boolean isEmpty() {
        return this.equals(NONE);
    }
}
