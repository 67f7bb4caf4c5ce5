#!/bin/sh
# Measures the launch: starts the real app N times (default 10), one after the other, each in a fresh Xvfb,
# and prints each run's "drawn after" line (the time from the JVM's start to the first frame that shows the
# flagship sample's picture, with its milestones) and then the median, best and worst.
#
#   app/src/test/sh/launch-time.sh [N] [JAVA OPTIONS...]
#
# Environment: BLASTMAP_JAR (default app/target/blastmap.jar next to this script). See docs/performance.md.
set -eu
runs=${1:-10}
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
jar=${BLASTMAP_JAR:-$here/../../../target/blastmap.jar}
home=$(mktemp -d)
times=""
i=0
while [ $i -lt "$runs" ]; do
    i=$((i + 1))
    line=$(xvfb-run -a -s "-screen 0 1600x1000x24" timeout 15 java "$@" -Duser.home="$home" \
        -Djava.util.prefs.userRoot="$home/.prefs" -Dblastmap.timing=true -jar "$jar" 2>&1 \
        | grep -m1 "drawn after" || true)
    echo "run $i: ${line:-no drawn line}"
    ms=$(echo "$line" | sed -n 's/^drawn after \([0-9]*\) ms.*/\1/p')
    [ -n "$ms" ] && times="$times $ms"
done
rm -rf "$home"
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {
    if (NR == 0) { print "no run drew the graph"; exit 1 }
    m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "drawn: median %d ms, best %d ms, worst %d ms over %d runs\n", m, a[1], a[NR], NR }'
