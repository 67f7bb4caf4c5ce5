package dev.blastmap.io.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ModuleConfigurationTest {

    private static JsonObject module(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @Test
    void instanceKeysAreDroppedFromAddresses() {
        assertThat(ModuleConfiguration.resourceKey("module.a[0].aws_subnet.b[\"x\"]")).isEqualTo("module.a.aws_subnet.b");
    }

    @Property(tries = 300)
    void instanceKeysAreDroppedAsTheRuleSaysABracketOfUpTo4096CharactersWithoutAClosingOne(
            @ForAll @StringLength(max = 60) @Chars({'[', ']', 'a', '.'}) String address,
            @ForAll @IntRange(max = 4200) int longKey) {
        // the rule, written as the regular expression the reader used to apply
        String withLongKey = address.replaceFirst("a", "[" + "k".repeat(longKey) + "]");
        for (String text : List.of(address, withLongKey)) {
            assertThat(ModuleConfiguration.resourceKey(text))
                    .isEqualTo(Pattern.compile("\\[[^\\]]{0,4096}\\]").matcher(text).replaceAll(""));
        }
    }

    @Test
    void nestedBlocksReferencesAreAllFound() {
        assertThat(ModuleConfiguration.references(module(
                "{\"a\": {\"references\": [\"x.y\"]}, \"b\": [{\"c\": {\"references\": [\"z.w\", \"z\"]}}]}")))
                .containsExactlyInAnyOrder("x.y", "z.w", "z");
    }

    @Test
    void aModuleInputIsFollowedToWhatTheCallPasses() {
        JsonObject root = module("""
                {"resources": [{"address": "aws_kms_key.k"}],
                 "module_calls": {"db": {"expressions": {"key": {"references": ["aws_kms_key.k.arn", "aws_kms_key.k"]}},
                   "module": {"resources": [{"address": "aws_db_instance.d",
                     "expressions": {"kms_key_id": {"references": ["var.key"]}}}]}}}}
                """);
        List<ModuleConfiguration.Dependent> dependents = new ModuleConfiguration(
                Set.of("aws_kms_key.k", "module.db.aws_db_instance.d")).dependents(root);
        assertThat(dependents).filteredOn(d -> d.address().equals("module.db.aws_db_instance.d")).singleElement()
                .satisfies(d -> assertThat(d.dependencies()).containsExactly("aws_kms_key.k"));
    }

    @Test
    void aCyclicConfigurationEndsInsteadOfLoopingForever() {
        JsonObject root = module("""
                {"resources": [{"address": "aws_s3_bucket.b", "expressions": {"x": {"references": ["module.m.out"]}}}],
                 "module_calls": {"m": {"expressions": {"in": {"references": ["module.m.out"]}},
                   "module": {"outputs": {"out": {"expression": {"references": ["var.in"]}}}}}}}
                """);
        assertThat(new ModuleConfiguration(Set.of("aws_s3_bucket.b")).dependents(root)).singleElement()
                .satisfies(d -> assertThat(d.dependencies()).isEmpty());
    }
}
