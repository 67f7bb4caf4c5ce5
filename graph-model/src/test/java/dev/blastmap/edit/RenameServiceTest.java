package dev.blastmap.edit;

import static dev.blastmap.edit.EditFixtures.id;
import static dev.blastmap.edit.EditFixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Graph;
import org.junit.jupiter.api.Test;

class RenameServiceTest {

    @Test
    void renamingAServiceRenamesItInEveryClauseAndWalkthroughStep() {
        Graph after = new RenameService(id("dns"), id("route53"), "Route 53").apply(shop());
        assertThat(after.contains(id("dns"))).isFalse();
        assertThat(after.require(id("route53")).label()).isEqualTo("Route 53");
        assertThat(after.require(id("db")).dependencies()).containsExactly(id("route53"));
        assertThat(after.scenarios().get(0).steps().get(0).knockOut()).containsExactly(id("route53"));
        assertThat(after.scenarios().get(0).steps().get(1).restore()).containsExactly(id("route53"));
        assertThat(after.services().indexOf(after.require(id("route53")))).isZero();
    }

    @Test
    void aBlankNameFollowsTheId() {
        Graph after = new RenameService(id("cache"), id("redis"), " ").apply(shop());
        assertThat(after.require(id("redis")).label()).isEqualTo("redis");
    }

    @Test
    void keepingTheIdChangesOnlyTheName() {
        Graph after = new RenameService(id("db"), id("db"), "Primary database").apply(shop());
        assertThat(after.require(id("db")).label()).isEqualTo("Primary database");
        assertThat(after.require(id("api")).dependencies()).contains(id("db"));
    }

    @Test
    void anIdAnotherServiceHasIsRefusedWithASentence() {
        assertThatThrownBy(() -> new RenameService(id("db"), id("dns"), "").apply(shop()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“dns” is already the id of DNS.");
    }

    @Test
    void itFollowsTheRenamedService() {
        RenameService rename = new RenameService(id("db"), id("pg"), "");
        assertThat(rename.follow(id("db"))).contains(id("pg"));
        assertThat(rename.follow(id("api"))).contains(id("api"));
    }
}
