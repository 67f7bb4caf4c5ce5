package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void everyIdIsFoundAtItsIndexAlsoThroughAnEqualButDistinctObject() {
        ServiceId[] ids = new ServiceId[5000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ServiceId.of("service-" + i);
        }
        IdIndex index = new IdIndex(ids);
        for (int i = 0; i < ids.length; i++) {
            assertThat(index.indexOf(ids[i])).isEqualTo(i);
            assertThat(index.indexOf(ServiceId.of(new String("service-" + i)))).isEqualTo(i);
        }
    }

    @Test
    void idsWithTheSameStringHashAreToldApart() {
        // "Aa" and "BB" have the same String.hashCode, and so do all four of their concatenations
        ServiceId[] ids = {ServiceId.of("AaAa"), ServiceId.of("AaBB"), ServiceId.of("BBAa"), ServiceId.of("BB")};
        IdIndex index = new IdIndex(ids);

        assertThat(index.indexOf(ServiceId.of("AaAa"))).isZero();
        assertThat(index.indexOf(ServiceId.of("AaBB"))).isEqualTo(1);
        assertThat(index.indexOf(ServiceId.of("BBAa"))).isEqualTo(2);
        assertThat(index.indexOf(ServiceId.of("BB"))).isEqualTo(3);
        assertThat(index.indexOf(ServiceId.of("BBBB"))).isEqualTo(-1);
        assertThat(index.indexOf(ServiceId.of("Aa"))).isEqualTo(-1);
    }

    @Test
    void anUnknownOrNullIdHasNoIndex() {
        IdIndex index = new IdIndex(new ServiceId[] {ServiceId.of("a")});

        assertThat(index.indexOf(ServiceId.of("b"))).isEqualTo(-1);
        assertThat(index.indexOf(null)).isEqualTo(-1);
        assertThat(new IdIndex(new ServiceId[0]).indexOf(ServiceId.of("a"))).isEqualTo(-1);
    }
}
