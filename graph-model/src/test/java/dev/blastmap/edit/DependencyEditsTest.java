package dev.blastmap.edit;

import static dev.blastmap.edit.EditFixtures.id;
import static dev.blastmap.edit.EditFixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyEditsTest {

    @Test
    void addingADependencyAppendsAPlainClause() {
        Graph after = DependencyEdits.add(shop(), id("web"), id("cache")).apply(shop());
        assertThat(after.require(id("web")).dependsOn()).containsExactly(Clause.on(id("api")), Clause.on(id("cache")));
    }

    @Test
    void aDependencyOnItselfOrOneAlreadyThereIsRefused() {
        assertThatThrownBy(() -> DependencyEdits.add(shop(), id("web"), id("web")))
                .hasMessage("A service cannot depend on itself.");
        assertThatThrownBy(() -> DependencyEdits.add(shop(), id("web"), id("api")))
                .hasMessage("web already depends on api.");
    }

    @Test
    void mergingTwoClausesMakesOneAnyOfWhereTheFirstWas() {
        ChangeServices merge = DependencyEdits.merge(shop(), id("api"), 0, 1);
        Graph after = merge.apply(shop());
        Clause merged = after.require(id("api")).dependsOn().get(0);
        assertThat(after.require(id("api")).dependsOn()).hasSize(1);
        assertThat(merged.members()).containsExactly(id("db"), id("cache"));
        assertThat(merged.need()).isEqualTo(1);
        assertThat(merged.soft()).isFalse();
        assertThat(merged.delay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(merge.name()).isEqualTo("Merge Dependencies");
    }

    @Test
    void splittingAGroupMakesOnePlainClausePerMember() {
        Graph after = DependencyEdits.split(shop(), id("search"), 0).apply(shop());
        assertThat(after.require(id("search")).dependsOn())
                .containsExactly(Clause.on(id("r1")), Clause.on(id("r2")), Clause.on(id("r3")));
        assertThatThrownBy(() -> DependencyEdits.split(shop(), id("web"), 0))
                .hasMessage("A dependency on one service cannot be split.");
    }

    @Test
    void replacingAndRemovingAClauseWorkByIndex() {
        Clause twoOfThree = Clause.allOf(List.of(id("r1"), id("r2")));
        Graph replaced = DependencyEdits.replace(shop(), id("search"), 0, twoOfThree).apply(shop());
        assertThat(replaced.require(id("search")).dependsOn()).containsExactly(twoOfThree);
        Graph removed = DependencyEdits.remove(shop(), id("api"), 1).apply(shop());
        assertThat(removed.require(id("api")).dependsOn()).containsExactly(Clause.on(id("db")));
        assertThatThrownBy(() -> DependencyEdits.remove(shop(), id("api"), 2)).hasMessage("api has no dependency 3.");
    }

    @Test
    void removingAMemberLeavesTheRestOfItsGroup() {
        Graph after = DependencyEdits.removeMember(shop(), id("search"), id("r2")).apply(shop());
        assertThat(after.require(id("search")).dependsOn()).containsExactly(Clause.atLeast(2, List.of(id("r1"), id("r3"))));
    }
}
