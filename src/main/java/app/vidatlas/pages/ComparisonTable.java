package app.vidatlas.pages;

import app.vidatlas.export.Comparison;
import app.vidatlas.export.ComparisonExport;
import app.vidatlas.model.Paper;

import java.util.List;

/**
 * The comparison as the window and the {@code compare} command ask for it today: its size limits, and its exports.
 * Only a door to {@link Comparison} (the rows) and {@link ComparisonExport} (the files), kept so that those callers
 * need not change at the same time as this package; new code uses the two directly.
 */
public final class ComparisonTable {
    public static final int MIN = Comparison.MIN;
    public static final int MAX = Comparison.MAX;

    /** The forms a comparison is exported in: {@link ComparisonExport.Format}'s, under the names callers use. */
    public enum Format {
        MARKDOWN(ComparisonExport.Format.MARKDOWN), CSV(ComparisonExport.Format.CSV),
        JSON(ComparisonExport.Format.JSON), HTML(ComparisonExport.Format.HTML);

        private final ComparisonExport.Format format;

        Format(ComparisonExport.Format format) {
            this.format = format;
        }

        public String extension() {
            return format.extension();
        }
    }

    private final Comparison comparison;

    private ComparisonTable(Comparison comparison) {
        this.comparison = comparison;
    }

    /** @throws IllegalArgumentException for fewer than {@link #MIN} or more than {@link #MAX} papers */
    public static ComparisonTable of(List<Paper> papers) {
        return new ComparisonTable(Comparison.of(papers));
    }

    public String export(Format format) {
        return ComparisonExport.export(comparison, format.format);
    }
}
