package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertThat(Markup.escape("<script>alert('x' & \"y\")</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
    }

    @Test
    void charactersXmlForbidsAreDroppedAndOthersKept() {
        assertThat(Markup.escape("a\u0000b\u0007c\td\ne\uFFFEf")).isEqualTo("abc\td\nef");
        assertThat(Markup.escape("東京 \uD83D\uDD25 \uD800x")).isEqualTo("東京 \uD83D\uDD25 x");
    }
}
