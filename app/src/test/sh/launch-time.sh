#!/bin/sh
# Measures the launch: starts the real app N times (default 10), one after the other, each in a fresh Xvfb,
# and prints each run's "drawn after" line (the time from the JVM's start to the first frame that shows the
# flagship sample's picture, or that of the graph file given with --graph, with its milestones) with the CPU
# time all its processes had used by then (Xvfb and both JVMs: under load the steadier figure), and then the
# median, best and worst; first, one line on the machine as it is now (see MachineProbe).
#
#   app/src/test/sh/launch-time.sh [N] [--graph FILE] [JAVA OPTIONS...]
#
# A 100,000-service file to open: java -cp benchmarks/target/benchmarks.jar \
#   dev.blastmap.benchmarks.SyntheticGraphFile 100000 300000 /tmp/100k.blastmap.json
# Environment: BLASTMAP_JAR (default app/target/blastmap.jar next to this script); BLASTMAP_TIMEOUT, the
# seconds a run may take (default 15, or 120 with --graph). See docs/performance.md.
set -eu
runs=${1:-10}
[ $# -gt 0 ] && shift
graph=""
if [ "${1:-}" = "--graph" ]; then
    graph=$2
    shift 2
fi
limit=${BLASTMAP_TIMEOUT:-$([ -n "$graph" ] && echo 120 || echo 15)}
here=$(cd "$(dirname "$0")" && pwd)
jar=${BLASTMAP_JAR:-$here/../../../target/blastmap.jar}
home=$(mktemp -d)
times=""
# What fresh memory costs, how fast a core runs and copies, now (MachineProbe, if the tests are compiled).
probe=$here/../../../target/test-classes
if [ -f "$probe/dev/blastmap/app/canvas/MachineProbe.class" ]; then
    java -cp "$probe" dev.blastmap.app.canvas.MachineProbe || echo "# machine: the probe failed"
fi
i=0
while [ $i -lt "$runs" ]; do
    i=$((i + 1))
    # The app keeps running once drawn: it is stopped (its process group: Xvfb, both JVMs) when the line shows.
    out=$(mktemp)
    setsid xvfb-run -a -s "-screen 0 1600x1000x24" timeout "$limit" java "$@" -Duser.home="$home" \
        -Djava.util.prefs.userRoot="$home/.prefs" -Dblastmap.timing=true -jar "$jar" $graph >"$out" 2>&1 &
    app=$!
    while kill -0 "$app" 2>/dev/null && ! grep -q "drawn after" "$out"; do
        sleep 0.2
    done
    # CPU time of the whole group (Xvfb and both JVMs) until then: what a quiet machine must still spend.
    ticks=$(for p in $(ps -o pid= -g "$app"); do cut -d' ' -f14,15 "/proc/$p/stat" 2>/dev/null; done \
        | awk '{t += $1 + $2} END {print t + 0}')
    kill -- -"$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    line=$(grep -m1 "drawn after" "$out" || true)
    rm -f "$out"
    echo "run $i: ${line:-no drawn line}, CPU of all processes $((ticks * 1000 / $(getconf CLK_TCK))) ms"
    ms=$(echo "$line" | sed -n 's/^drawn after \([0-9]*\) ms.*/\1/p')
    [ -n "$ms" ] && times="$times $ms"
done
rm -rf "$home"
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {
    if (NR == 0) { print "no run drew the graph"; exit 1 }
    m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "drawn: median %d ms, best %d ms, worst %d ms over %d runs\n", m, a[1], a[NR], NR }'
