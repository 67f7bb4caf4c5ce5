package dev.blastmap.app.knockout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.Selector;
import dev.blastmap.app.Fixtures;
import org.junit.jupiter.api.Test;

class FailureDomainsTest {

    @Test
    void listsEachRegionWithHowManyServicesItHolds() {
        assertThat(FailureDomains.of(Fixtures.shop(), Selector.Field.REGION))
                .extracting(FailureDomains.Domain::label).containsExactly("east (4)", "west (1)");
    }

    @Test
    void listsTagsKindsAndGroupsThatTheGraphHas() {
        assertThat(FailureDomains.of(Fixtures.shop(), Selector.Field.TAG))
                .extracting(FailureDomains.Domain::label).containsExactly("tier-1 (2)");
        assertThat(FailureDomains.of(Fixtures.shop(), Selector.Field.GROUP))
                .extracting(d -> d.selector().toString()).containsExactly("group:batch");
        assertThat(FailureDomains.of(Fixtures.shop(), Selector.Field.KIND))
                .extracting(d -> d.selector().value()).contains("dns", "database", "app", "service");
    }

    @Test
    void aFieldNoServiceHasGivesNoDomains() {
        assertThat(FailureDomains.of(dev.blastmap.model.Graph.of(dev.blastmap.model.Service.of("a")),
                Selector.Field.ZONE)).isEmpty();
    }
}
