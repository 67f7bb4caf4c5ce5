package dev.blastmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceTest {

    @Test
    void aRegionZoneOrGroupIsANameWithoutTheSpaceAroundIt() {
        Service s = Service.builder("db").region(" us-east-1 ").zone("use1-az1\n").group("module.db---\n").build();
        assertThat(s.region()).isEqualTo("us-east-1");
        assertThat(s.zone()).isEqualTo("use1-az1");
        assertThat(s.group()).isEqualTo("module.db---");
        assertThat(Service.builder("db").group(" \n ").build().group()).isNull();
    }

    @Test
    void aServiceWithoutAvailabilityIsPerfectlyReliable() {
        Service s = Service.of("db");
        assertThat(s.availability()).isEqualTo(1.0);
        assertThat(s.isUnreliable()).isFalse();
    }

    @Test
    void anAvailabilityBelowOneMakesTheServiceUnreliableAndSurvivesACopy() {
        Service s = Service.builder("db").availability(0.999).build();
        assertThat(s.isUnreliable()).isTrue();
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    @Test
    void aServiceWithoutADescriptionHasAnEmptyOneAndABlankDescriptionCountsAsNone() {
        assertThat(Service.of("db").description()).isEmpty();
        assertThat(Service.of("db").hasDescription()).isFalse();
        assertThat(Service.builder("db").description(" \n ").build().description()).isEmpty();
        assertThat(Service.builder("db").description(null).build().description()).isEmpty();
    }

    @Test
    void aDescriptionIsKeptAsWrittenAndSurvivesACopyAndARename() {
        Service s = Service.builder("db").description("  Orders, line one\nline two").build();
        assertThat(s.description()).isEqualTo("  Orders, line one\nline two");
        assertThat(s.hasDescription()).isTrue();
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.toBuilder(ServiceId.of("orders-db")).build().description()).isEqualTo(s.description());
    }

    @Test
    void theConstructorFromBeforeDescriptionsMakesAServiceWithoutOne() {
        Service s = new Service(ServiceId.of("db"), "DB", Kind.DATABASE, null, null, null, java.util.List.of(), 1,
                false, 1, java.util.List.of());
        assertThat(s).isEqualTo(Service.builder("db").label("DB").kind(Kind.DATABASE).build());
        assertThat(s.description()).isEmpty();
    }

    @Test
    void availabilitiesOutsideAboveZeroToOneAreRefused() {
        for (double bad : new double[] {0.0, -0.5, 1.0000001, 99.9, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Service.builder("db").availability(bad).build())
                    .as("availability %s", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("availability of db");
        }
        assertThat(Service.builder("db").availability(Double.MIN_VALUE).build().availability())
                .isEqualTo(Double.MIN_VALUE);
    }

    @Test
    void dependenciesAreEveryMemberOfEveryClauseInFileOrderWithoutRepeats() {
        assertThat(Service.of("app").dependencies()).isEmpty();
        assertThat(Service.builder("app").dependsOn(Clause.anyOf(ids("b", "a"))).build().dependencies())
                .containsExactly(ServiceId.of("b"), ServiceId.of("a"));
        Service s = Service.builder("app").dependsOn(Clause.anyOf(ids("c", "a"))).dependsOn("b", "a")
                .dependsOn(Clause.atLeast(2, ids("d", "c", "e")).asSoft()).build();
        assertThat(s.dependencies()).containsExactly(ServiceId.of("c"), ServiceId.of("a"), ServiceId.of("b"),
                ServiceId.of("d"), ServiceId.of("e"));
        assertThatThrownBy(() -> s.dependencies().add(ServiceId.of("f"))).isInstanceOf(UnsupportedOperationException.class);
    }

    private static java.util.List<ServiceId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(ServiceId::of).toList();
    }
}
