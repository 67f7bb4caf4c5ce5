package dev.blastmap.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.model.Service;
import org.junit.jupiter.api.Test;

class ServiceSearchTest {

    private final ServiceSearch search = new ServiceSearch(Fixtures.shop());

    @Test
    void findsByIdOrLabelIgnoringCase() {
        assertThat(search.find("DATA", 10)).extracting(s -> s.id().value()).containsExactly("db");
        assertThat(search.find("db", 10)).extracting(s -> s.id().value()).containsExactly("db");
    }

    @Test
    void exactMatchesComeBeforePrefixesAndPrefixesBeforeSubstrings() {
        assertThat(search.find("r", 10)).extracting(Service::label).startsWith("r1", "r2", "r3");
        assertThat(search.find("search", 10)).extracting(s -> s.id().value()).first().isEqualTo("search");
    }

    @Test
    void aBlankQueryFindsNothingAndTheLimitHolds() {
        assertThat(search.find("  ", 10)).isEmpty();
        assertThat(search.find("r", 2)).hasSize(2);
    }
}
