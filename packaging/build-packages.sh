#!/usr/bin/env bash
# Builds the Linux app-image and .deb of Blastmap with jlink and jpackage.
#
# Run by `mvn -B -Ppackage -pl packaging -am package -DskipTests` (see packaging/pom.xml), which first copies
# the app's runtime jars into $target/jpackage/input and the JavaFX jars into $target/jpackage/javafx.
#
#   build-packages.sh VERSION TARGET_DIR
#
# Needs a full JDK 17+ with jmods in $JAVA_HOME (jlink, jpackage, jdeps, jmod), fakeroot and dpkg-deb.
# Output: TARGET_DIR/app-image/blastmap/ and TARGET_DIR/blastmap_VERSION-1_ARCH.deb.
set -euo pipefail

version="$1"
target="$(cd "$2" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
bin="${JAVA_HOME:?JAVA_HOME must name the JDK to package with}/bin"
work="$target/jpackage"
input="$work/input"
name=blastmap

started=$SECONDS
step() { printf '[packaging] %3ds %s\n' "$((SECONDS - started))" "$*"; }

rm -rf "$work/jmods" "$work/classes-for-jdeps" "$work/runtime" "$target/app-image" "$target"/*.deb

# JavaFX is not published as jmods on Maven Central, only as modular jars that carry their native
# libraries as resources. Linked from those jars, JavaFX would unpack the libraries into ~/.openjfx/cache
# on the first start. Turned into real jmods (classes in one section, .so files in the native-library
# section), jlink puts the libraries into runtime/lib, where JavaFX finds them the same way it does in
# Gluon's jmods: nothing is unpacked, nothing is written to the user's home.
step "JavaFX jars -> jmods"
mkdir -p "$work/jmods"
for jar in "$work"/javafx/*.jar; do
  # The JavaFX artifacts without a classifier are empty jars that only pull in the platform's jar.
  unzip -l "$jar" module-info.class >/dev/null 2>&1 || continue
  exploded="$work/javafx-exploded/$(basename "$jar" .jar)"
  rm -rf "$exploded" && mkdir -p "$exploded/classes" "$exploded/lib"
  unzip -q "$jar" -d "$exploded/classes"
  find "$exploded/classes" -maxdepth 1 -name '*.so' -exec mv {} "$exploded/lib/" \;
  module="$("$bin/jar" --describe-module --file "$jar" | head -1 | sed 's/@.*//')"
  libs=()
  if [ -n "$(ls -A "$exploded/lib")" ]; then libs=(--libs "$exploded/lib"); fi
  "$bin/jmod" create --class-path "$exploded/classes" "${libs[@]}" "$work/jmods/$module.jmod"
done

# The JDK modules the app needs, found by jdeps in the classes of every jar the app ships. Modular and
# automatic jars (jgrapht, ELK, EMF, Guava...) are read as plain class path entries: they stay as jars
# beside the app and only the JDK and JavaFX go into the runtime.
step "jdeps: which JDK modules the app uses"
mkdir -p "$work/classes-for-jdeps"
for jar in "$input"/*.jar; do
  # Exit status 11 is "no class files in this jar" (Guava's empty listenablefuture, for one).
  unzip -qo "$jar" '*.class' -x 'META-INF/*' 'module-info.class' -d "$work/classes-for-jdeps" >/dev/null 2>&1 \
    || [ $? -eq 11 ]
done
jdk_modules="$("$bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$work/jmods" "$work/classes-for-jdeps" 2>/dev/null | tail -1)"
rm -rf "$work/classes-for-jdeps"
case "$jdk_modules" in
  *java.base*) ;;
  *) echo "jdeps found no modules: '$jdk_modules'" >&2; exit 1 ;;
esac
javafx_modules="$(cd "$work/jmods" && ls -1 ./*.jmod | sed 's|^\./||; s|\.jmod$||' | paste -sd, -)"
modules="$(printf '%s,%s' "$jdk_modules" "$javafx_modules" | tr ',' '\n' | grep -E '^(java|jdk)\.|^javafx\.' | sort -u | paste -sd, -)"
step "runtime modules: $modules"

# --generate-cds-archive: the default class data sharing archive cuts JVM start-up (it runs the image's
# bin/java, so the commands are removed afterwards rather than with --strip-native-commands: the launcher
# starts the JVM through libjli and never uses them). The second archive, for heaps over 32 GiB (no
# compressed oops), is 11 MB the app will never use.
step "jlink: the app's own Java runtime"
"$bin/jlink" --module-path "$work/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$work/runtime"
rm -rf "$work/runtime/bin" "$work/runtime/lib/server/classes_nocoops.jsa"

# Memory managed as the jar's relaunched window JVM has it (see ArchivedRelaunch.memoryOptions).
common=(--name "$name" --app-version "$version" --vendor "Blastmap" --copyright "Blastmap contributors"
  --description "Shows how one failure spreads through a system of services"
  --input "$input" --main-jar "app-$version.jar" --main-class dev.blastmap.Main
  --runtime-image "$work/runtime" --java-options -XX:+UseParallelGC --java-options -XX:InitialRAMPercentage=4
  --java-options -XX:+UseTransparentHugePages)

step "jpackage: app-image"
"$bin/jpackage" --type app-image --dest "$target/app-image" "${common[@]}" \
  --icon "$here/icon/png/blastmap-256.png"

# --install-dir /usr selects jpackage's /usr tree: the launcher itself becomes /usr/bin/blastmap (the
# command on the PATH, owned by the package), the app and runtime go to /usr/lib/blastmap.
# jpackage's own desktop integration (--linux-shortcut, --file-associations, and --icon, which turns it
# on) is not used: its postinst copies the desktop entry and MIME type into place with xdg-desktop-menu,
# which fails, and the whole install with it, on a machine without a desktop menu directory (a server or a
# CI container, where the command line is wanted). So jpackage builds the package uncompressed, and the
# freedesktop files are added to it as files the package owns; Debian's triggers (shared-mime-info,
# desktop-file-utils, the icon theme cache) update the databases on install and on removal.
step "jpackage: deb"
mkdir -p "$work/deb"
DPKG_DEB_COMPRESSOR_TYPE=none "$bin/jpackage" --type deb --dest "$work/deb" "${common[@]}" \
  --install-dir /usr --linux-package-name "$name" --linux-app-category devel \
  --linux-deb-maintainer "${BLASTMAP_DEB_MAINTAINER:-maintainers@blastmap.invalid}"
deb_name="$(cd "$work/deb" && ls -1 ./*.deb | sed 's|^\./||')"

step "deb: desktop entry, MIME type and icons"
tree="$work/deb/tree"
rm -rf "$tree"
dpkg-deb --raw-extract "$work/deb/$deb_name" "$tree"
if grep -q 'xdg-' "$tree/DEBIAN/postinst" 2>/dev/null; then
  echo "jpackage put xdg-utils desktop integration into postinst; see the comment above" >&2
  exit 1
fi
install -D -m 644 "$here/linux/blastmap.desktop" "$tree/usr/share/applications/blastmap.desktop"
install -D -m 644 "$here/linux/blastmap-mime.xml" "$tree/usr/share/mime/packages/blastmap.xml"
install -D -m 644 "$here/icon/blastmap.svg" "$tree/usr/share/icons/hicolor/scalable/apps/blastmap.svg"
for png in "$here"/icon/png/blastmap-*.png; do
  size="$(basename "$png" .png | sed 's/^blastmap-//')"
  install -D -m 644 "$png" "$tree/usr/share/icons/hicolor/${size}x${size}/apps/blastmap.png"
done
installed_kib="$(du -sk --exclude=DEBIAN "$tree" | cut -f1)"
sed -i "s/^Installed-Size: .*/Installed-Size: $installed_kib/" "$tree/DEBIAN/control"
# zstd: 30 times less CPU than dpkg's default xz for a package 4% larger (most of it is jars and a
# compressed jimage already); dpkg reads it since 1.21.18 (Debian 12, Ubuntu 22.04), the same releases
# whose library names jpackage wrote into Depends.
dpkg-deb --root-owner-group -Zzstd -z9 --build "$tree" "$target/$deb_name" >/dev/null
rm -rf "$tree" "$work/deb"

step "built: $deb_name ($(du -h "$target/$deb_name" | cut -f1)), app-image $(du -sh "$target/app-image/$name" | cut -f1)"
