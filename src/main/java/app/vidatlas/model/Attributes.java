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
 * @param buildsOn   the models it is built on, by name ({@code Stable Diffusion 2.1}, {@code LDM}): the curated
 *                   lineage edges, only where the paper says so itself
 */
public record Attributes(String backbone, String space, String builtOn, String training,
                         List<String> conditions, Boolean openSource, List<String> buildsOn) {
    public static final Attributes NONE = new Attributes(null, null, null, null, List.of(), null);

    public Attributes {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        buildsOn = buildsOn == null ? List.of() : List.copyOf(buildsOn);
    }

    /** The comparison attributes alone, with no lineage. */
    public Attributes(String backbone, String space, String builtOn, String training, List<String> conditions,
                      Boolean openSource) {
        this(backbone, space, builtOn, training, conditions, openSource, List.of());
    }

    public boolean isEmpty() {
        return this.equals(NONE);
    }
}
