package dev.blastmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertThat(XmlText.escape("<script>alert('x' & \"y\")</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
    }

    @Test
    void lineBreaksAndTabsBecomeReferencesSoAttributesKeepThem() {
        assertThat(XmlText.escape("a\tb\nc\rd")).isEqualTo("a&#9;b&#10;c&#13;d");
    }

    @Test
    void charactersXmlCannotHoldBecomeTheReplacementCharacterAndOthersAreKept() {
        assertThat(XmlText.escape("a\u0000b\u0007c\uFFFEf")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDf");
        assertThat(XmlText.escape("東京 \uD83D\uDD25 \uD800x")).isEqualTo("東京 \uD83D\uDD25 \uFFFDx");
    }

    @Test
    void canHoldSaysWhetherEscapingLosesNothing() {
        assertThat(XmlText.canHold("東京\uD83D\uDD25\t\n")).isTrue();
        assertThat(XmlText.canHold("a\u0001")).isFalse();
        assertThat(XmlText.canHold("\uD800")).isFalse();
    }
}
