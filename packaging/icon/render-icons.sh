#!/usr/bin/env bash
# Re-renders the committed icon PNGs from blastmap.svg with Apache Batik (the SVG renderer the reports
# already depend on, so it is in the local Maven repository after one build).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
classpath=""
for jar in "$repo"/org/apache/xmlgraphics/*/*/*.jar "$repo"/xml-apis/xml-apis-ext/*/*.jar \
           "$repo"/commons-io/commons-io/*/*.jar "$repo"/commons-logging/commons-logging/*/*.jar; do
  case "$jar" in *-sources.jar|*-javadoc.jar) continue ;; esac
  classpath="$classpath:$jar"
done
java -Djava.awt.headless=true -cp "${classpath#:}" "$here/RenderIcons.java" "$here/blastmap.svg" "$here/png"
