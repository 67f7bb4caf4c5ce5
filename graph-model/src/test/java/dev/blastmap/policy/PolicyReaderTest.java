package dev.blastmap.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.blastmap.analysis.Selector;
import dev.blastmap.io.Problem;
import dev.blastmap.io.SourcePosition;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyReaderTest {

    static Policy read(String yaml) throws IOException, PolicyException {
        return new PolicyReader().read(new StringReader(yaml), "policy.yaml");
    }

    static List<String> problems(String yaml) throws IOException {
        PolicyException e = catchThrowableOfType(() -> read(yaml), PolicyException.class);
        assertThat(e).as("the policy should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void everyKindOfRuleIsReadWithItsSettingsAndPosition() throws Exception {
        Policy policy = read("""
                version: 1
                rules:
                  - maxDown: 50
                  - maxWeighted: 1250.5
                    severity: warning
                  - noSinglePointOfFailure: customer-facing
                    id: no-spof
                    except: [legacy-admin, dns]
                  - survive: zone:*
                    except: zone:use1-az3
                  - noCommonCause: true
                  - maxCutSetsOrder2: 0
                """);

        assertThat(policy.rules()).hasSize(6);
        assertThat(policy.rules().get(0)).isEqualTo(new MaxDown(
                new RuleSettings("maxDown", Severity.ERROR, List.of(), new SourcePosition(3, 5)), 50));
        assertThat(policy.rules().get(1)).isInstanceOfSatisfying(MaxWeighted.class, r -> {
            assertThat(r.limit()).isEqualTo(1250.5);
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(policy.rules().get(2)).isInstanceOfSatisfying(NoSinglePointOfFailure.class, r -> {
            assertThat(r.id()).isEqualTo("no-spof");
            assertThat(r.selector().isCustomerFacing()).isTrue();
            assertThat(r.settings().except()).containsExactly("dns", "legacy-admin");
        });
        assertThat(policy.rules().get(3)).isInstanceOfSatisfying(Survive.class, r -> {
            assertThat(r.selector().form()).isEqualTo(ServiceSelector.Form.EACH);
            assertThat(r.selector().selector().field()).isEqualTo(Selector.Field.ZONE);
            assertThat(r.settings().excepts("zone:use1-az3")).isTrue();
        });
        assertThat(policy.rules().get(4)).isInstanceOf(NoCommonCause.class);
        assertThat(policy.rules().get(5)).isEqualTo(new MaxCutSetsOrder2(
                new RuleSettings("maxCutSetsOrder2", Severity.ERROR, List.of(), new SourcePosition(12, 5)), 0));
    }

    @Test
    void rulesOfTheSameKindWithoutIdsAreNumberedInFileOrder() throws Exception {
        Policy policy = read("""
                rules:
                  - survive: zone:*
                  - survive: region:*
                  - survive: tag:payments
                    id: survive-2
                """);

        assertThat(policy.rules()).extracting(Rule::id).containsExactly("survive-1", "survive-2-2", "survive-2");
    }

    @Test
    void anUnknownRuleIsAProblemAtItsLineWithTheNearestKnownRule() throws Exception {
        assertThat(problems("""
                rules:
                  - maxDown: 5
                  - maxDwon: 5
                """)).containsExactly("policy.yaml:3:5: error: unknown rule or setting 'maxDwon'; did you mean "
                + "'maxDown'?; known: maxDown, maxWeighted, noSinglePointOfFailure, survive, noCommonCause, "
                + "maxCutSetsOrder2, id, severity, except");
    }

    @Test
    void badValuesAreAllReportedAtTheirOwnLineAndColumn() throws Exception {
        assertThat(problems("""
                rules:
                  - maxDown: lots
                  - maxWeighted: -3
                  - noSinglePointOfFailure: "*"
                  - survive: customer-facing
                  - noCommonCause: false
                  - maxDown: 0
                  - maxCutSetsOrder2: 1.5
                  - maxDown: 5
                    severity: fatal
                    id: "bad id"
                """)).containsExactly(
                "policy.yaml:2:14: error: maxDown must be a whole number, was 'lots' (for example 'maxDown: 50')",
                "policy.yaml:3:18: error: maxWeighted must be a number ≥ 0, was '-3' (for example 'maxWeighted: 1000')",
                "policy.yaml:4:29: error: write customer-facing, a service id, or a domain such as zone:* or "
                        + "tag:payments (for example 'noSinglePointOfFailure: customer-facing')",
                "policy.yaml:5:14: error: survive needs a domain such as zone:* or region:eu-west-1 "
                        + "(for example 'survive: zone:*')",
                "policy.yaml:6:20: error: noCommonCause takes true; to turn it off, remove the rule "
                        + "(for example 'noCommonCause: true')",
                "policy.yaml:7:14: error: maxDown must be at least 1, was 0 (for example 'maxDown: 50')",
                "policy.yaml:8:23: error: maxCutSetsOrder2 must be a whole number, was '1.5' "
                        + "(for example 'maxCutSetsOrder2: 0')",
                "policy.yaml:10:15: error: severity must be error, warning or note, was 'fatal'",
                "policy.yaml:11:9: error: an id is 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    @Test
    void twoRulesInOneItemRepeatedKeysAndRepeatedIdsAreProblems() throws Exception {
        assertThat(problems("""
                rules:
                  - maxDown: 5
                    survive: zone:*
                  - maxDown: 6
                    maxDown: 7
                    id: a
                  - survive: region:*
                    id: a
                """)).containsExactly(
                "policy.yaml:3:5: error: one rule per list item: 'survive' and 'maxDown' are both here; start a new "
                        + "item with '- '",
                "policy.yaml:5:5: error: 'maxDown' is given twice; give it once",
                "policy.yaml:7:5: error: two rules have the id 'a'; ids must be unique");
    }

    @Test
    void aPolicyWithoutRulesOrWithAnUnknownTopLevelKeyIsRefused() throws Exception {
        assertThat(problems("")).containsExactly(
                "policy.yaml: error: the policy is empty; write a list of rules under 'rules:'");
        assertThat(problems("rules: []\n")).containsExactly("policy.yaml:1:8: error: 'rules:' must be a non-empty list, "
                + "each item one rule such as '- maxDown: 50'");
        assertThat(problems("rulez:\n  - maxDown: 5\n")).containsExactly("policy.yaml:1:1: error: unknown top-level "
                + "key 'rulez'; did you mean 'rules'?; known: version, rules");
        assertThat(problems("version: 2\nrules:\n  - maxDown: 5\n")).containsExactly(
                "policy.yaml:1:10: error: version must be 1 (the only policy version there is)");
        assertThat(problems("- maxDown: 5\n")).containsExactly(
                "policy.yaml:1:1: error: a policy is a mapping with a list of rules under 'rules:'");
    }

    @Test
    void invalidYamlIsAProblemAtTheMarkWhereTheParserStopped() throws Exception {
        assertThat(problems("rules:\n  - maxDown: [5\n")).singleElement().asString()
                .startsWith("policy.yaml:3:1: error: not valid YAML: ");
    }

    @Test
    void aBillionLaughsIsRefusedBeforeItGrows() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char previous = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append("]\n");
        }
        yaml.append("rules:\n  - maxDown: 5\n");

        assertThat(problems(yaml.toString())).singleElement().asString().contains("error:");
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() throws Exception {
        String yaml = "rules:\n  - maxDown: 5\n#" + "x".repeat(PolicyReader.MAX_CHARACTERS) + "\n";

        assertThat(problems(yaml)).singleElement().asString().contains("error:");
    }
}
