#!/bin/sh
# Records the classes the window loads while it opens the flagship sample and plays a knockout, and while it
# opens a 30,000-service graph file (a large graph takes other paths: the grid layout, lines as density), into
# blastmap.classlist beside this script. The build turns that list into app/target/blastmap.jsa, the
# class-data-sharing archive that makes the window start faster (see ArchivedRelaunch). Run it again after
# changing what the window loads at start (a new view, a new library), and commit the list:
#
#   mvn -B -q package -DskipTests && app/src/main/cds/record-classlist.sh
#
# Needs xvfb-run. A class in the list that no longer exists is skipped when the archive is made; a class
# missing from it is loaded from the jar as usual, so a stale list only makes the launch a little slower.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../../../target/blastmap.jar
benchmarks=$here/../../../../benchmarks/target/benchmarks.jar
home=$(mktemp -d)
log=$home/app.log
export jar home log here

# Runs the window with these arguments until it has drawn the graph and a few seconds more, and records the
# classes it loaded into $home/$1.
record() {
    list=$1
    shift
    : >"$log"
    export list
    xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
        java -Duser.home="$home" -Djava.util.prefs.userRoot="$home/.prefs" -Dblastmap.relaunched=true \
            -Dblastmap.timing=true -XX:DumpLoadedClassList="$home/$list" -jar "$jar" "$@" 2>"$log" &
        app=$!
        i=0
        until grep -q "drawn after" "$log" || [ $i -ge 60 ]; do sleep 1; i=$((i + 1)); done
        sleep 8
        kill $app
        wait $app || true' record "$@"
    grep -q "drawn after" "$log" || { cat "$log" >&2; echo "$0: the window never drew the graph" >&2; exit 1; }
}

record flagship.classlist --knock dynamodb-dns-record
java -cp "$benchmarks" dev.blastmap.benchmarks.SyntheticGraphFile 30000 90000 "$home/large.blastmap.json" >/dev/null
record large.classlist "$home/large.blastmap.json"
# Both lists, each line once where it first came: a class still follows the classes it extends. Classes
# defined at run time (lambdas, proxies) are recorded by their definition, which the JVM replays.
cat "$home/flagship.classlist" "$home/large.classlist" | awk '!seen[$0]++' >"$here/blastmap.classlist"
echo "$(grep -vc '^#' "$here/blastmap.classlist") classes recorded in $here/blastmap.classlist"
rm -rf "$home"
