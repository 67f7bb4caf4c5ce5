package dev.blastmap.edit;

import static dev.blastmap.edit.EditFixtures.id;
import static dev.blastmap.edit.EditFixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceIdsTest {

    @Test
    void eachBadIdGetsItsOwnSentence() {
        assertThat(ServiceIds.problem(shop(), "", null)).contains("An id must not be empty.");
        assertThat(ServiceIds.problem(shop(), " db2", null)).contains("An id must not start or end with a space.");
        assertThat(ServiceIds.problem(shop(), "a\tb", null)).get().asString().contains("control characters");
        assertThat(ServiceIds.problem(shop(), "db", null)).contains("“db” is already the id of Database.");
    }

    @Test
    void aServiceMayKeepItsOwnIdAndAFreeIdIsFine() {
        assertThat(ServiceIds.problem(shop(), "db", id("db"))).isEmpty();
        assertThat(ServiceIds.problem(shop(), "payments", null)).isEmpty();
    }

    @Test
    void freshIdsCountUpFromTheBase() {
        assertThat(ServiceIds.fresh(shop(), "queue")).isEqualTo(id("queue"));
        assertThat(ServiceIds.fresh(shop(), "db")).isEqualTo(id("db-2"));
        assertThat(ServiceIds.fresh(shop(), "  ")).isEqualTo(id("service"));
    }
}
