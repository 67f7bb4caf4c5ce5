package dev.blastmap.edit;

import static dev.blastmap.edit.EditFixtures.id;
import static dev.blastmap.edit.EditFixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeleteServicesTest {

    @Test
    void deletingAServiceTakesItsDependenciesAndEveryMentionOfIt() {
        Graph after = new DeleteServices(Set.of(id("db"))).apply(shop());
        assertThat(after.contains(id("db"))).isFalse();
        assertThat(after.require(id("api")).dependencies()).containsExactly(id("cache"));
        assertThat(after.require(id("api")).dependsOn().get(0).soft()).isTrue();
    }

    @Test
    void aGroupThatLosesAMemberNeedsAtMostWhatIsLeft() {
        Graph after = new DeleteServices(Set.of(id("r1"), id("r2"))).apply(shop());
        assertThat(after.require(id("search")).dependsOn()).containsExactly(Clause.atLeast(1, List.of(id("r3"))));
    }

    @Test
    void walkthroughStepsStopNamingTheDeletedServices() {
        Graph before = shop();
        DeleteServices delete = new DeleteServices(Set.of(id("dns")));
        assertThat(delete.stepsUsing(before)).containsExactly("The outage › DNS goes", "The outage › step 2");
        Graph after = delete.apply(before);
        assertThat(after.scenarios().get(0).steps().get(0).knockOut()).isEmpty();
        assertThat(after.scenarios().get(0).steps().get(0).frame()).containsExactly(id("db"));
    }

    @Test
    void itCountsTheDependenciesThatGoBothWays() {
        assertThat(new DeleteServices(Set.of(id("api"))).dependenciesLost(shop())).isEqualTo(3);
        assertThat(new DeleteServices(Set.of(id("api"), id("db"))).dependenciesLost(shop())).isEqualTo(4);
        assertThat(new DeleteServices(Set.of(id("r1"))).dependenciesLost(shop())).isEqualTo(1);
    }

    @Test
    void itFollowsEveryServiceButTheDeletedOnes() {
        DeleteServices delete = new DeleteServices(Set.of(id("db")));
        assertThat(delete.follow(id("db"))).isEmpty();
        assertThat(delete.follow(id("api"))).contains(id("api"));
        assertThat(delete.name()).isEqualTo("Delete db");
        assertThat(new DeleteServices(Set.of(id("db"), id("dns"))).name()).isEqualTo("Delete 2 Services");
    }

    @Test
    void deletingAnUnknownServiceIsRefusedAndChangesNothing() {
        Graph before = shop();
        assertThatThrownBy(() -> new DeleteServices(Set.of(id("nope"))).apply(before))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(before).isEqualTo(shop());
    }
}
