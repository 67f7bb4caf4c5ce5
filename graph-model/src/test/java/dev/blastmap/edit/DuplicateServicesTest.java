package dev.blastmap.edit;

import static dev.blastmap.edit.EditFixtures.id;
import static dev.blastmap.edit.EditFixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateServicesTest {

    @Test
    void aCopyGetsAFreshIdAndTheSameDependenciesButNoDependents() {
        Graph after = new DuplicateServices(List.of(id("db"))).apply(shop());
        assertThat(after.require(id("db-2")).dependencies()).containsExactly(id("dns"));
        assertThat(after.require(id("db-2")).label()).isEqualTo("Database (copy)");
        assertThat(after.require(id("api")).dependencies()).doesNotContain(id("db-2"));
    }

    @Test
    void copiesOfServicesThatDependOnEachOtherDependOnTheCopies() {
        Graph after = new DuplicateServices(List.of(id("api"), id("db"))).apply(shop());
        assertThat(after.require(id("api-2")).dependencies()).containsExactly(id("db-2"), id("cache"));
        assertThat(after.require(id("db-2")).dependencies()).containsExactly(id("dns"));
    }

    @Test
    void copyingACopyCountsOn() {
        Graph twice = new DuplicateServices(List.of(id("r1"))).apply(new DuplicateServices(List.of(id("r1"))).apply(shop()));
        assertThat(twice.contains(id("r1-2"))).isTrue();
        assertThat(twice.contains(id("r1-3"))).isTrue();
        assertThat(new DuplicateServices(List.of(id("r1-2"))).copies(twice)).containsEntry(id("r1-2"), id("r1-4"));
    }
}
