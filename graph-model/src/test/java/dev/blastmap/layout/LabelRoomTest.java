package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Service;
import org.junit.jupiter.api.Test;

class LabelRoomTest {

    private final NodeSizer sizer = NodeSizer.standard();
    private final LabelRoom room = new LabelRoom(sizer);
    private final LabelLines lines = new LabelLines(sizer.measurer());

    @Test
    void closeInACardKeepsTheWidthItsLabelNeedsAtTheModelsSize() {
        Service s = Service.builder("p").label("Perplexity").build();
        assertThat(room.width(s, NodeSizer.IN_CARD_ZOOM)).isEqualTo(sizer.width(s));
        assertThat(room.width(s, 2)).isEqualTo(sizer.width(s));
    }

    @Test
    void farOutACardIsAsWideAsItsLabelAtTheLegibleScreenSizeWithItsPad() {
        Service s = Service.builder("p").label("Perplexity").build();
        double zoom = 0.4;
        double label = lines.width("Perplexity", NodeSizer.FAR_LABEL_PX / zoom);
        assertThat(room.width(s, zoom)).isGreaterThan(sizer.width(s)).isBetween(label + 6 / zoom, label + 8 / zoom + 1);
    }

    @Test
    void aLongLabelIsGivenRoomForItsTwoNarrowestLinesNotForOneLongLine() {
        Service s = Service.builder("c").label("Console sign-in (signin.aws.amazon.com)").build();
        double size = NodeSizer.FAR_LABEL_PX / 0.4;
        assertThat(room.width(s, 0.4)).isLessThan(lines.width(s.label(), size))
                .isGreaterThanOrEqualTo(lines.twoLineWidth(s.label(), size));
    }

    @Test
    void theFurtherOutTheWiderTheCard() {
        Service s = Service.builder("z").label("Zoom").build();
        assertThat(room.width(s, 0.2)).isGreaterThan(room.width(s, 0.4));
    }
}
