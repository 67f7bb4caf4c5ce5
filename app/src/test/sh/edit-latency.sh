#!/bin/sh
# Measures how long an edit holds the FX thread in the real window on a large graph with a knockout shown
# (EditLatencyHarness): writes a synthetic graph with the benchmarks' SyntheticGraphs, opens it in a fresh
# Xvfb with the software renderer, edits services spread over it and prints one row per edit and the
# medians. See docs/performance.md, "Editing a large graph".
#
#   app/src/test/sh/edit-latency.sh [SERVICES [DEPENDENCIES [EDITS]]]     default 20000 100000 15
#
# Build first, from the repository root:
#   mvn -B -q -pl app,benchmarks -am package -DskipTests
set -eu
services=${1:-20000}
dependencies=${2:-100000}
edits=${3:-15}
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../../..
if [ ! -f "$root/target/blastmap.jar" ] || [ ! -d "$root/target/test-classes" ] \
        || [ ! -f "$root/../benchmarks/target/benchmarks.jar" ]; then
    echo "$0: build first: mvn -B -q -pl app,benchmarks -am package -DskipTests" >&2
    exit 2
fi
graph=$(mktemp -d)/synthetic-$services.blastmap.json
java -cp "$root/../benchmarks/target/benchmarks.jar" dev.blastmap.benchmarks.SyntheticGraphFile \
    "$services" "$dependencies" "$graph"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=sw -Xmx4g -Xss64m \
    -cp "$root/target/blastmap.jar:$root/target/test-classes" dev.blastmap.app.edit.EditLatencyHarness \
    "$graph" "$edits" 2>&1 | grep -v 'Unsupported JavaFX configuration\|PlatformImpl startup'
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$graph"
