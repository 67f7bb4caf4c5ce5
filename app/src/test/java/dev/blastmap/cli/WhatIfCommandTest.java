package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class WhatIfCommandTest {

    @Test
    void jsonGivesEachChangeWithItsFiguresBeforeAndAfter() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "whatif", "-", "--top", "1", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(JsonParser.parseString(r.out()).toString()).isEqualTo("[{\"change\":{\"kind\":\"makeSoft\","
                + "\"service\":\"web\",\"clause\":0},\"description\":\"make clause 0 of web soft (a fallback)\","
                + "\"weightedSingleFaultImpact\":{\"before\":10,\"after\":7.5},"
                + "\"order2CutSets\":{\"before\":1,\"after\":0}}]");
    }

    @Test
    void textIsATableOfChanges() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "whatif", "-", "-n", "2");

        assertThat(r.out()).isEqualTo("""
                  RANK  CHANGE                                  IMPACT BEFORE  AFTER  DOUBLE FAULTS BEFORE  AFTER
                     1  make clause 0 of web soft (a fallback)             10    7.5                     1      0
                     2  add a replica of api                               10    7.5                     1      2
                """);
    }

    @Test
    void aTopBelowOneIsBadUsage() {
        assertThat(runWithInput(CliFixtures.SMALL, "whatif", "-", "--top", "0").exitCode()).isEqualTo(2);
    }
}
