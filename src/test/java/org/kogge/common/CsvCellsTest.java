package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void plainTextStaysAsItIs() {
        assertThat(CsvCells.safe("Hansestadt Lübeck")).isEqualTo("Hansestadt Lübeck");
        assertThat(CsvCells.safe("a-b = c")).isEqualTo("a-b = c");
        assertThat(CsvCells.safe(null)).isEmpty();
        assertThat(CsvCells.safe("")).isEmpty();
    }

    @Test
    void aCellThatStartsAFormulaIsNeutralized() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.safe("+49 451 1220")).isEqualTo("'+49 451 1220");
        assertThat(CsvCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void everyLineOfACellWithSeveralIsNeutralized() {
        assertThat(CsvCells.safe("Anna\n=HYPERLINK(\"http://x\")")).isEqualTo("Anna\n'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.safe("Anna\r\n@SUM(A1)\r\nok")).isEqualTo("Anna\r\n'@SUM(A1)\r\nok");
        assertThat(CsvCells.safe("Anna\r+1")).isEqualTo("Anna\r'+1");
        assertThat(CsvCells.safe("=1\n=2\n")).isEqualTo("'=1\n'=2\n");
    }
}
