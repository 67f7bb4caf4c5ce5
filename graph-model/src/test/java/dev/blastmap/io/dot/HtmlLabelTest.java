package dev.blastmap.io.dot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlLabelTest {

    @Test
    void markupGoesLineBreaksAndCellsBecomeSpacesAndEntitiesAreDecoded() {
        assertThat(HtmlLabel.text("<B>orders</B><BR/><FONT POINT-SIZE=\"9\">postgres</FONT>")).isEqualTo("orders postgres");
        assertThat(HtmlLabel.text("<TABLE><TR><TD>a</TD><TD>b</TD></TR></TABLE>")).isEqualTo("a b");
        assertThat(HtmlLabel.text("R&amp;D &lt;core&gt; &#233;t&#xE9; &nbsp;x")).isEqualTo("R&D <core> été x");
    }

    @Test
    void unknownOrAbsurdEntitiesStayAsWritten() {
        assertThat(HtmlLabel.text("&bogus; &#99999999;")).isEqualTo("&bogus; &#99999999;");
    }
}
