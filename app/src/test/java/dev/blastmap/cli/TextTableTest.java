package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columnsArePaddedToTheirWidestCellAndNumbersAlignRight() {
        StringWriter out = new StringWriter();
        new TextTable("N>", "NAME", "NOTE").row(1, "a-long-name", "x").row(100, "b", "").print(new PrintWriter(out, true));

        assertThat(out.toString()).isEqualTo("""
                    N  NAME         NOTE
                    1  a-long-name  x
                  100  b
                """);
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsABug() {
        assertThatThrownBy(() -> new TextTable("A", "B").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
