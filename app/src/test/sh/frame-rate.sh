#!/bin/sh
# Measures what the graph canvas puts on screen: for each graph, CanvasFrameRateHarness opens the real
# GraphCanvas in a 1600 x 1000 window in a fresh Xvfb with the software renderer and prints one table row per
# phase (frames drawn per second, current frames per second, mean lag in state changes, stutters, CPU per
# frame) and how long the picture takes to be sharp after a pan or zoom stops, after one line on the machine as
# it is now (what fresh memory costs, how fast a core runs and copies: MachineProbe). See docs/performance.md.
# The phases are played twice: the first pass (rows marked "cold") while the JIT is still compiling the painting
# code, the second warm; FRAME_RATE_JAVA_OPTS=-Dblastmap.harness.passes=1 plays them once, cold.
#
#   app/src/test/sh/frame-rate.sh [SECONDS-PER-PHASE] [GRAPH...]
#
# GRAPH is a graph file or synthetic[:SERVICES[:DEPENDENCIES]]; by default the flagship sample, the
# 10,000-service synthetic graph and the 100,000-service one. The JVM manages its memory as the app's does (the
# parallel collector, a first heap, huge pages: see ArchivedRelaunch.memoryOptions;
# FRAME_RATE_JAVA_OPTS="-XX:-UseParallelGC -XX:+UseG1GC" measures with G1, the JDK's default).
# FRAME_RATE_JAVA_OPTS adds options to the JVM, e.g.
# FRAME_RATE_JAVA_OPTS=-Dblastmap.paintLanes=2 to paint each frame in two bands at once (see Bands; default 1).
# FRAME_RATE_AS_APP=1 starts the canvas as the app's window starts on its start sample: the layout shipped with a
# bundled sample, a paint aside first, the app's class-data archive (see CanvasFrameRateHarness).
# Build first, from the repository root:
#   mvn -B -q -pl app -am package -DskipTests
set -eu
seconds=${1:-5}
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../../..
if [ $# -eq 0 ]; then
    set -- "$root/../sample-graphs/aws-us-east-1-2025-10.blastmap.json" synthetic synthetic:100000:300000
fi
cp="$root/target/blastmap.jar:$root/target/test-classes"
if [ ! -f "$root/target/blastmap.jar" ] || [ ! -d "$root/target/test-classes" ]; then
    echo "$0: build first: mvn -B -q -pl app -am package -DskipTests" >&2
    exit 2
fi
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# What fresh memory costs, how fast a core runs and copies, now: figures of different days differ by all three.
java -cp "$root/target/test-classes" dev.blastmap.app.canvas.MachineProbe || echo "# machine: the probe failed"
as_app=""
if [ "${FRAME_RATE_AS_APP:-}" = 1 ]; then
    as_app="-XX:SharedArchiveFile=$root/target/blastmap.jsa -Xshare:auto -Dblastmap.harness.asApp=true"
fi
for graph in "$@"; do
    # shellcheck disable=SC2086
    xvfb-run -a -s "-screen 0 1600x1000x24" java -XX:+UseParallelGC -XX:InitialRAMPercentage=4 -XX:+UseTransparentHugePages $as_app ${FRAME_RATE_JAVA_OPTS:-} -Djava.awt.headless=true -Dprism.order=sw -Xmx6g -Xss64m \
        -cp "$cp" dev.blastmap.app.canvas.CanvasFrameRateHarness "$graph" "$seconds" 2>&1 \
        | grep -v 'Unsupported JavaFX configuration\|PlatformImpl startup'
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
