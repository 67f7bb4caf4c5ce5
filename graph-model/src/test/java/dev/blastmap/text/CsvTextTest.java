package dev.blastmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(CsvText.field("plain")).isEqualTo("plain");
        assertThat(CsvText.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvText.field("a;b")).isEqualTo("a;b");
        assertThat(CsvText.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvText.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvText.field("")).isEmpty();
    }

    @Test
    void aFieldThatWouldStartAFormulaGetsAnApostrophe() {
        assertThat(CsvText.field("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvText.field("+1")).isEqualTo("'+1");
        assertThat(CsvText.field("-1")).isEqualTo("'-1");
        assertThat(CsvText.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void unguardGivesBackExactlyTheTextThatWasGuarded() {
        for (String text : List.of("=x", "'=x", "''=x", "'x", "x", "'", "", "-", "a=b")) {
            String field = CsvText.field(text);
            assertThat(CsvText.unguard(field)).as(text).isEqualTo(text);
        }
    }
}
