package dev.blastmap.io.terraform;

import static dev.blastmap.io.Fixtures.dependencies;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class TerraformJsonReaderTest {

    private final TerraformJsonReader reader = new TerraformJsonReader();

    @Test
    void aPlanGivesOneServicePerResourceWithItsInstancesFolded() throws Exception {
        ReadResult r = Fixtures.read(reader, "terraform/plan.json");
        Graph g = r.graph();
        assertThat(ids(g)).containsExactly("aws_db_instance.orders", "aws_instance.api", "aws_lb.front",
                "data.aws_ami.ubuntu", "module.vpc.aws_vpc.this", "module.vpc.aws_subnet.private");
        assertThat(g.require(ServiceId.of("aws_instance.api")).tags()).contains("instances:2", "type:aws_instance");
        assertThat(g.require(ServiceId.of("module.vpc.aws_subnet.private")).group()).isEqualTo("module.vpc");
        assertThat(g.require(ServiceId.of("module.vpc.aws_subnet.private")).label()).isEqualTo("aws_subnet.private");
        assertThat(g.require(ServiceId.of("aws_db_instance.orders")).kind()).isEqualTo(Kind.DATABASE);
        assertThat(g.require(ServiceId.of("data.aws_ami.ubuntu")).tags()).contains("data-source");
        assertThat(r.positionOf(ServiceId.of("aws_lb.front")).orElseThrow().line()).isEqualTo(17);
    }

    @Test
    void configurationReferencesAreFollowedThroughModuleOutputsWholeModulesAndDependsOn() throws Exception {
        Graph g = Fixtures.read(reader, "terraform/plan.json").graph();
        assertThat(dependencies(g, "aws_db_instance.orders")).containsExactlyInAnyOrder(
                "module.vpc.aws_subnet.private", "module.vpc.aws_vpc.this");
        assertThat(dependencies(g, "aws_instance.api")).containsExactlyInAnyOrder("data.aws_ami.ubuntu",
                "module.vpc.aws_subnet.private", "module.vpc.aws_vpc.this", "aws_db_instance.orders");
        assertThat(dependencies(g, "aws_lb.front")).containsExactlyInAnyOrder("module.vpc.aws_subnet.private",
                "module.vpc.aws_vpc.this", "aws_instance.api");
        assertThat(dependencies(g, "module.vpc.aws_subnet.private")).containsExactly("module.vpc.aws_vpc.this");
        assertThat(dependencies(g, "module.vpc.aws_vpc.this")).isEmpty();
    }

    @Test
    void stateDependenciesAreRead() throws Exception {
        Graph g = Fixtures.read(reader, "terraform/state.json").graph();
        assertThat(ids(g)).containsExactlyInAnyOrder("aws_s3_bucket.assets", "aws_cloudfront_distribution.cdn",
                "module.dns.aws_route53_zone.main", "module.dns.aws_route53_record.cdn");
        assertThat(dependencies(g, "aws_cloudfront_distribution.cdn")).containsExactly("aws_s3_bucket.assets",
                "module.dns.aws_route53_zone.main");
        assertThat(dependencies(g, "module.dns.aws_route53_record.cdn")).containsExactly(
                "aws_cloudfront_distribution.cdn", "module.dns.aws_route53_zone.main");
        assertThat(g.require(ServiceId.of("module.dns.aws_route53_zone.main")).kind()).isEqualTo(Kind.DNS);
    }

    @Test
    void anEmptyPlanAndOtherJsonAreProblemsNotCrashes() {
        assertThatThrownBy(() -> Fixtures.read(reader, "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{}}}", "p.json"))
                .hasMessageContaining("p.json:1").hasMessageContaining("no resources");
        assertThatThrownBy(() -> Fixtures.read(reader, "[1,2]", "p.json")).hasMessageContaining("format_version");
        assertThatThrownBy(() -> Fixtures.read(reader, "{\"format_version\": ", "p.json")).hasMessageContaining("truncated");
    }

    @Test
    void whiteSpaceAroundAnAddressIsNotPartOfItAndABlankAddressNamesNothing() throws Exception {
        // Found by the hostile-input fuzzer (seed 1796534296165): a tab after an address was a crash.
        String state = Fixtures.text("terraform/state.json")
                .replace("\"address\":\"aws_cloudfront_distribution.cdn\"", "\"address\":\"aws_cloudfront_distribution.cdn\\t\"")
                .replace("\"address\":\"aws_s3_bucket.assets\"", "\"address\":\" \\t \"");
        assertThat(state).contains("cdn\\t\"").contains("\" \\t \"");
        ReadResult r = Fixtures.read(reader, state, "state.json");
        assertThat(ids(r.graph())).containsExactlyInAnyOrder("aws_cloudfront_distribution.cdn",
                "module.dns.aws_route53_zone.main", "module.dns.aws_route53_record.cdn");
        assertThat(dependencies(r.graph(), "module.dns.aws_route53_record.cdn")).containsExactly(
                "aws_cloudfront_distribution.cdn", "module.dns.aws_route53_zone.main");
        assertThat(r.positionOf(ServiceId.of("aws_cloudfront_distribution.cdn"))).isPresent();
    }

    @Test
    void planAndStateAreSniffedAmongTheJsonFormats() throws Exception {
        assertThat(GraphFormats.forReading("plan.json", Fixtures.text("terraform/plan.json")).name()).isEqualTo("terraform-json");
        assertThat(GraphFormats.forReading("state.json", Fixtures.text("terraform/state.json")).name()).isEqualTo("terraform-json");
    }

    @Test
    void aPlansChangesPriorStateAndConstantValuesAreSkippedWhileReferencesAreFollowed() throws Exception {
        String json = """
                {"format_version": "1.2", "prior_state": {"values": {"root_module": {"resources": [
                   {"address": "aws_s3_bucket.old", "type": "aws_s3_bucket"}]}}},
                 "resource_changes": [{"address": "aws_s3_bucket.old", "change": {"after": {"x": [1, 2, 3]}}}],
                 "planned_values": {"root_module": {"resources": [
                   {"address": "aws_s3_bucket.logs", "mode": "managed", "type": "aws_s3_bucket",
                    "values": {"policy": "{...}", "tags": {"a": "b"}}},
                   {"address": "aws_lambda_function.f", "mode": "managed", "type": "aws_lambda_function",
                    "values": {"environment": [{"variables": {"BUCKET": "logs"}}]}}]}},
                 "configuration": {"root_module": {"resources": [
                   {"address": "aws_lambda_function.f", "mode": "managed", "type": "aws_lambda_function",
                    "expressions": {"runtime": {"constant_value": {"references": ["aws_s3_bucket.old"]}},
                      "environment": [{"variables": {"references": ["aws_s3_bucket.logs.id", "aws_s3_bucket.logs"]}}]}}]}}}
                """;
        ReadResult r = Fixtures.read(reader, json, "plan.json");
        assertThat(ids(r.graph())).containsExactly("aws_s3_bucket.logs", "aws_lambda_function.f");
        assertThat(dependencies(r.graph(), "aws_lambda_function.f")).containsExactly("aws_s3_bucket.logs");
        assertThat(r.positionOf(ServiceId.of("aws_lambda_function.f")).orElseThrow().line()).isEqualTo(7);
    }

    @Test
    void aCutOffPlanIsOneProblemWithItsLine() {
        assertThatThrownBy(() -> Fixtures.read(reader, "{\"format_version\": \"1.2\",\n\"planned_values\": {", "cut.json"))
                .hasMessageContaining("cut.json:2:").hasMessageContaining("terraform JSON");
    }
}
