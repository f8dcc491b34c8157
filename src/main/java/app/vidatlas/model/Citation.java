package app.vidatlas.model;

import java.util.Objects;

/**
 * A citation as the notes write it: {@code Zhang et al., “Show-1: ...,” arXiv 2023.}
 *
 * @param prefix  a name written before the authors ({@code Imagen: Saharia et al., ...}), or null
 * @param authors the authors as written ({@code Zhang et al.}), or null
 * @param title   the quoted title, trimmed, without the trailing comma
 * @param venue   the venue as written ({@code arXiv}, {@code ICCV}), or null
 * @param year    the year, or null
 */
public record Citation(String prefix, String authors, String title, String venue, Integer year) {
    public Citation {
        Objects.requireNonNull(title, "title");
    }
}
