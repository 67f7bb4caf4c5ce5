package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    private static String csv(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** An RFC 4180 parser, written independently of the writer, to read the output back. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }

    @Test
    void aKnockoutTableMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("shop-knockout.csv", csv(ReportFixtures.shopReport()));
    }

    @Test
    void thereIsOneRowPerServiceUnderAHeader() throws IOException {
        List<List<String>> rows = parse(csv(ReportFixtures.shopReport()));

        assertThat(rows).hasSize(1 + 12).allSatisfy(r -> assertThat(r).hasSize(CsvReportWriter.COLUMNS.size()));
        assertThat(rows.get(0)).isEqualTo(CsvReportWriter.COLUMNS);
        List<String> web = rows.get(1);
        assertThat(web.subList(0, 3)).containsExactly("web", "Storefront", "app");
        assertThat(web.get(CsvReportWriter.COLUMNS.indexOf("state"))).isEqualTo("down");
        assertThat(web.get(CsvReportWriter.COLUMNS.indexOf("wave"))).isEqualTo("2");
        assertThat(web.get(CsvReportWriter.COLUMNS.indexOf("cause"))).isEqualTo("catalog");
        assertThat(web.get(CsvReportWriter.COLUMNS.indexOf("cause_chain"))).isEqualTo("web <- catalog <- db-replica");
        List<String> dns = rows.get(7);
        assertThat(dns.get(0)).isEqualTo("dns");
        assertThat(dns.get(CsvReportWriter.COLUMNS.indexOf("state"))).isEqualTo("healthy");
        assertThat(dns.get(CsvReportWriter.COLUMNS.indexOf("own_collateral"))).isEqualTo("4");
    }

    @Test
    void cellsASpreadsheetWouldRunAreGuardedAndQuoted() throws IOException {
        String csv = csv(ReportFixtures.hostileReport());
        List<List<String>> rows = parse(csv);

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(rows.get(2).get(0)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(rows.get(2).get(1)).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(rows.get(3).get(0)).isEqualTo("'-2+3");
        assertThat(rows.get(3).get(1)).isEqualTo("'\tTab, \"quoted\"\r\nnew line");
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }
}
