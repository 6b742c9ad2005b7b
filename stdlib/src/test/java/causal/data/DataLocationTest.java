package causal.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataLocationTest {
    @Test
    void cellOfATextFileShowsRowLineAndColumn() {
        assertThat(DataLocation.cell("x.csv", 3, 4, "age")).hasToString("x.csv, row 3 (line 4), column age");
    }

    @Test
    void cellWithoutALineShowsTheRowOnly() {
        assertThat(DataLocation.cell("x.csv", 3, "age")).hasToString("x.csv, row 3, column age");
    }

    @Test
    void lineThatIsNoRowShowsTheLine() {
        assertThat(DataLocation.line("x.csv", 1)).hasToString("x.csv, line 1");
        assertThat(DataLocation.row("x.csv", 2, 5)).hasToString("x.csv, row 2 (line 5)");
        assertThat(DataLocation.file("x.csv")).hasToString("x.csv");
    }
}
