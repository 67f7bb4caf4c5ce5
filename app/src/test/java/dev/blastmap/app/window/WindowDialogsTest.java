package dev.blastmap.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.io.formats.GraphFormats;
import org.junit.jupiter.api.Test;

/** Which format Save As writes, from the name typed and the filter chosen. */
class WindowDialogsTest {

    @Test
    void aDoubleExtensionPicksTheFormatOfTheLongestMatch() {
        assertThat(WindowDialogs.formatToWrite("x.mef.xml", null)).isEqualTo(GraphFormats.MEF);
        assertThat(WindowDialogs.formatToWrite("x.mef.xml", GraphFormats.NATIVE)).isEqualTo(GraphFormats.MEF);
        assertThat(WindowDialogs.formatToWrite("x.mef.xml", GraphFormats.GRAPHML)).isEqualTo(GraphFormats.MEF);
        assertThat(WindowDialogs.formatToWrite("x.opsa.xml", GraphFormats.NATIVE)).isEqualTo(GraphFormats.MEF);
        assertThat(WindowDialogs.formatToWrite("X.Blastmap.JSON", GraphFormats.CYTOSCAPE)).isEqualTo(GraphFormats.NATIVE);
    }

    @Test
    void aSingleExtensionPicksItsFormatWhateverFilterIsChosen() {
        assertThat(WindowDialogs.formatToWrite("x.xml", GraphFormats.NATIVE)).isEqualTo(GraphFormats.GRAPHML);
        assertThat(WindowDialogs.formatToWrite("x.graphml", GraphFormats.MEF)).isEqualTo(GraphFormats.GRAPHML);
        assertThat(WindowDialogs.formatToWrite("x.dot", null)).isEqualTo(GraphFormats.DOT);
        assertThat(WindowDialogs.formatToWrite("x.csv", GraphFormats.NATIVE)).isEqualTo(GraphFormats.CSV);
    }

    @Test
    void anExtensionTwoFormatsWriteFollowsTheChosenFilter() {
        assertThat(WindowDialogs.formatToWrite("x.json", GraphFormats.CYTOSCAPE)).isEqualTo(GraphFormats.CYTOSCAPE);
        assertThat(WindowDialogs.formatToWrite("x.json", GraphFormats.NATIVE)).isEqualTo(GraphFormats.NATIVE);
        assertThat(WindowDialogs.formatToWrite("x.json", null)).isEqualTo(GraphFormats.NATIVE);
    }

    @Test
    void aNameWithoutAKnownExtensionUsesTheChosenFilterElseBlastmapJson() {
        assertThat(WindowDialogs.formatToWrite("x", GraphFormats.GRAPHML)).isEqualTo(GraphFormats.GRAPHML);
        assertThat(WindowDialogs.formatToWrite("x.txt", null)).isEqualTo(GraphFormats.NATIVE);
    }
}
