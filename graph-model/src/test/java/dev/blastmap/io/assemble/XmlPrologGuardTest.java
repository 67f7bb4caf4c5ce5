package dev.blastmap.io.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class XmlPrologGuardTest {

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[3];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    @Test
    void aDoctypeAfterDeclarationsCommentsAndInstructionsIsFoundWithItsPlace() {
        String text = "<?xml version=\"1.0\"?>\n<!-- a <!DOCTYPE in a comment -->\n<?pi x > y?>\n  <!doctype g>";
        assertThatThrownBy(() -> readAll(new XmlPrologGuard(new StringReader(text))))
                .isInstanceOfSatisfying(XmlPrologGuard.DoctypeFound.class, d -> {
                    assertThat(d.line()).isEqualTo(4);
                    assertThat(d.column()).isEqualTo(3);
                });
    }

    @Test
    void aDoctypeAfterTheRootElementIsLeftToTheParserAndTextPassesUnchanged() throws IOException {
        String text = "<graphml>\n<!DOCTYPE x>\n</graphml>";
        XmlPrologGuard guard = new XmlPrologGuard(new StringReader(text));
        assertThat(readAll(guard)).isEqualTo(text);
        assertThat(guard.line()).isEqualTo(3);
        assertThat(guard.column()).isEqualTo(10);
    }
}
