package app.vidatlas.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell as a spreadsheet reads it, with a comma or (in many locales) a semicolon as the separator. */
class CsvTest {

    private static List<String> cells(String line, char separator) {
        return SpreadsheetCsv.cells(line, separator);
    }

    private static boolean runsAsFormula(String cell) {
        String t = cell.replaceFirst("^[\\s\\u00A0\\u3000]+", "");
        return !t.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(t.charAt(0)) >= 0 || cell.startsWith("\t");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x;=cmd|' /C calc'!A0", " =1+1", "\u00A0=1+1", "\u3000=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)",
            "  \t=1", "=1+1", "@SUM(A1:A9)", "a;b;+c"})
    void noCellRunsAsAFormulaWhateverTheSeparator(String text) {
        String row = Csv.cell(text) + ",plain";
        for (char separator : new char[] {',', ';'}) {
            assertThat(cells(row, separator)).as("split on '%s'", separator).noneMatch(CsvTest::runsAsFormula);
        }
        List<String> byComma = cells(row, ',');
        assertThat(byComma).hasSize(2);
        assertThat(byComma.get(0)).as("the text is all there").endsWith(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wu et al.; Li", "x;=cmd"})
    void aSemicolonKeepsTheCellWholeInASemicolonLocale(String text) {
        assertThat(cells(Csv.cell(text), ';')).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain", "R&D 2024", "a - b", "x=1"})
    void plainTextIsLeftAsItIs(String text) {
        assertThat(Csv.cell(text)).isEqualTo(text);
    }
}
