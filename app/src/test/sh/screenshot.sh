#!/bin/sh
# Starts the real app under Xvfb, lets it knock a service out, and saves a screenshot of the screen.
#
#   app/src/test/sh/screenshot.sh OUT.png [APP ARGS...]
#
# Without APP ARGS it opens the flagship sample and knocks out the DynamoDB DNS record. Exits 1 if the
# window never appeared, 2 on bad usage. Environment: BLASTMAP_JAR (default app/target/blastmap.jar next to
# this script), BLASTMAP_WAIT (seconds to wait after the window appears for the spread to play, default 8),
# BLASTMAP_SCREEN (default 1600x1000x24).
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 OUT.png [APP ARGS...]" >&2
    exit 2
fi
out=$1
shift
if [ $# -eq 0 ]; then
    set -- --knock dynamodb-dns-record
fi
here=$(cd "$(dirname "$0")" && pwd)
BLASTMAP_JAR=${BLASTMAP_JAR:-$here/../../../target/blastmap.jar}
BLASTMAP_WAIT=${BLASTMAP_WAIT:-8}
BLASTMAP_OUT=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
export BLASTMAP_JAR BLASTMAP_WAIT BLASTMAP_OUT
if [ ! -f "$BLASTMAP_JAR" ]; then
    echo "$0: no jar at $BLASTMAP_JAR; build it with mvn -pl app -am package -DskipTests" >&2
    exit 2
fi
rm -f "$BLASTMAP_OUT"

# Inside the virtual display: start the app, wait for its window (at most 60 s), let the spread play,
# grab the screen, stop the app. The app's preferences go to a throw-away home so CI runs are repeatable.
xvfb-run -a -s "-screen 0 ${BLASTMAP_SCREEN:-1600x1000x24}" sh -c '
    home=$(mktemp -d)
    java -Duser.home="$home" -Djava.util.prefs.userRoot="$home/.prefs" -jar "$BLASTMAP_JAR" "$@" &
    app=$!
    seen=0
    i=0
    while [ $i -lt 60 ]; do
        if xwininfo -root -tree 2>/dev/null | grep -q "\"Blastmap"; then
            seen=1
            break
        fi
        if ! kill -0 $app 2>/dev/null; then
            break
        fi
        sleep 1
        i=$((i + 1))
    done
    if [ $seen -eq 1 ]; then
        sleep "$BLASTMAP_WAIT"
        import -window root "$BLASTMAP_OUT"
    fi
    kill $app 2>/dev/null || true
    wait $app 2>/dev/null || true
    rm -rf "$home"
    [ $seen -eq 1 ]
' sh "$@" || {
    echo "$0: the Blastmap window never appeared" >&2
    exit 1
}
if [ ! -s "$BLASTMAP_OUT" ]; then
    echo "$0: no screenshot was written" >&2
    exit 1
fi
echo "$BLASTMAP_OUT"
