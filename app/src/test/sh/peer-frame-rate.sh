#!/bin/sh
# Measures Blastmap's canvas and its peers side by side, in the same minutes: for each graph, first
# frame-rate.sh (Blastmap's GraphCanvas), then GraphStream gs-ui-javafx 2.0 and JavaFXSmartGraph 2.3.0 through
# PeerFrameRateHarness: the same seeded graph at the same places, the same 1600 x 1000 Xvfb window with the
# software renderer, the same phases, viewports and state changes. Prints one table row per peer and phase
# (frames/s, current frames/s, mean lag in state changes, stutters, CPU ms per frame). See docs/performance.md.
# Like frame-rate.sh, every harness plays its phases twice, cold (the JIT compiling) and then warm.
#
#   app/src/test/sh/peer-frame-rate.sh [SECONDS-PER-PHASE] [SECONDS-TO-WAIT-FOR-A-PEER'S-FIRST-FRAME] [GRAPH...]
#
# GRAPH is a graph file or synthetic[:SERVICES[:DEPENDENCIES]]; by default the flagship sample and the
# synthetic graphs of 2,000, 10,000 and 100,000 services. A peer that shows no first frame within the wait
# (default 300 s) is reported as such and the next one runs. Build first, from the repository root:
#   mvn -B -q -pl app -am package -DskipTests && mvn -B -q -pl app -am test-compile
# The peers' jars come from the local Maven repository, where the build above puts them.
set -eu
seconds=${1:-5}
wait=${2:-300}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../../..
if [ $# -eq 0 ]; then
    set -- "$root/../sample-graphs/aws-us-east-1-2025-10.blastmap.json" synthetic:2000 synthetic synthetic:100000:300000
fi
m2=${M2_REPOSITORY:-$HOME/.m2/repository}
peers="$m2/org/graphstream/gs-core/2.0/gs-core-2.0.jar:$m2/org/graphstream/gs-ui-javafx/2.0/gs-ui-javafx-2.0.jar"
peers="$peers:$m2/org/graphstream/pherd/1.0/pherd-1.0.jar:$m2/org/graphstream/mbox2/1.0/mbox2-1.0.jar"
peers="$peers:$m2/com/brunomnsilva/smartgraph/2.3.0/smartgraph-2.3.0.jar"
cp="$root/target/blastmap.jar:$root/target/test-classes:$peers"
if [ ! -f "$root/target/test-classes/dev/blastmap/app/canvas/PeerFrameRateHarness.class" ]; then
    echo "$0: build first: mvn -B -q -pl app -am package -DskipTests && mvn -B -q -pl app -am test-compile" >&2
    exit 2
fi
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# What fresh memory costs, how fast a core runs and copies, now: figures of different days differ by all three.
java -cp "$root/target/test-classes" dev.blastmap.app.canvas.MachineProbe || echo "# machine: the probe failed"
echo "| tool | graph | phase | frames/s | current frames/s | mean lag (state changes) | stutters > 25 ms | CPU ms/frame: FX, renderer |"
echo "|---|---|---|---|---|---|---|---|"
for graph in "$@"; do
    echo "# Blastmap on $graph ($(cut -d' ' -f1-3 /proc/loadavg))"
    "$here/frame-rate.sh" "$seconds" "$graph" | grep -v '^# [0-9]*-\|^# load average after'
    for peer in graphstream smartgraph; do
        echo "# $peer on $graph ($(cut -d' ' -f1-3 /proc/loadavg))"
        xvfb-run -a -s "-screen 0 1600x1000x24" java -XX:+UseParallelGC -XX:InitialRAMPercentage=4 -XX:+UseTransparentHugePages -Djava.awt.headless=true -Dprism.order=sw -Xmx6g -Xss64m \
            -cp "$cp" dev.blastmap.app.canvas.PeerFrameRateHarness "$peer" "$graph" "$seconds" "$wait" 2>&1 \
            | grep -v 'Unsupported JavaFX configuration\|PlatformImpl startup\|^WARNING\|^INFO' || true
    done
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
