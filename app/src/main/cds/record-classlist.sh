#!/bin/sh
# Records the classes the window loads while it opens the flagship sample and plays a knockout, into
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
home=$(mktemp -d)
log=$home/app.log
export jar home log here
xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
    java -Duser.home="$home" -Djava.util.prefs.userRoot="$home/.prefs" -Dblastmap.relaunched=true \
        -Dblastmap.timing=true -XX:DumpLoadedClassList="$home/blastmap.classlist" \
        -jar "$jar" --knock dynamodb-dns-record 2>"$log" &
    app=$!
    i=0
    until grep -q "drawn after" "$log" || [ $i -ge 60 ]; do sleep 1; i=$((i + 1)); done
    sleep 8
    kill $app
    wait $app || true'
grep -q "drawn after" "$log" || { cat "$log" >&2; echo "$0: the window never drew the graph" >&2; exit 1; }
# Classes defined at run time (lambdas, proxies) are recorded by their definition, which the JVM replays.
mv "$home/blastmap.classlist" "$here/blastmap.classlist"
echo "$(grep -vc '^#' "$here/blastmap.classlist") classes recorded in $here/blastmap.classlist"
rm -rf "$home"
