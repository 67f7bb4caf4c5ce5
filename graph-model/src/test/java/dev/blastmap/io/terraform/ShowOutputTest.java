package dev.blastmap.io.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ShowOutputTest {

    private static ShowOutput read(String json) throws Exception {
        return ShowOutput.read(new StringReader(json), "show.json", "terraform JSON");
    }

    @Test
    void valuesKeepEachResourcesAddressModeTypeDependsOnAndLineButNotItsValues() throws Exception {
        ShowOutput show = read("""
                {"format_version": "1.0", "values": {"root_module": {
                  "resources": [
                    {"address": "aws_s3_bucket.a", "mode": "managed", "type": "aws_s3_bucket",
                     "values": {"bucket": "a", "nested": [{"deep": true}]}, "depends_on": ["aws_iam_role.r", 7]}],
                  "child_modules": [{"resources": [{"address": "module.m.aws_sqs_queue.q"}], "child_modules": []}]}}}
                """);
        assertThat(show.hasFormatVersion()).isTrue();
        assertThat(show.planned()).isNull();
        ShowOutput.Resource a = show.state().resources().get(0);
        assertThat(a).isEqualTo(new ShowOutput.Resource("aws_s3_bucket.a", "managed", "aws_s3_bucket",
                java.util.List.of("aws_iam_role.r", "7"), 3));
        assertThat(show.state().children().get(0).resources().get(0).address()).isEqualTo("module.m.aws_sqs_queue.q");
    }

    @Test
    void theConfigurationIsKeptWithoutConstantValuesAndTheRestIsSkipped() throws Exception {
        ShowOutput show = read("""
                {"resource_changes": [{"change": {"after": {"huge": [1, 2, 3]}}}],
                 "configuration": {"provider_config": {}, "root_module": {"resources": [{"address": "aws_instance.i",
                   "expressions": {"ami": {"constant_value": "ami-1"}, "subnet_id": {"references": ["aws_subnet.s"]}}}]}}}
                """);
        assertThat(show.hasFormatVersion()).isFalse();
        assertThat(show.configuration().toString()).isEqualTo("{\"resources\":[{\"address\":\"aws_instance.i\","
                + "\"expressions\":{\"ami\":{},\"subnet_id\":{\"references\":[\"aws_subnet.s\"]}}}]}");
        assertThat(show.line()).isEqualTo(1);
    }
}
