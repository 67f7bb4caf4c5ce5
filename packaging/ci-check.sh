#!/usr/bin/env bash
# The Linux package, checked the way a user meets it: build the .deb with the Maven profile, install it,
# run the installed `blastmap` command (version, an analysis of a bundled sample), start the installed
# window under Xvfb for screenshots, check the desktop entry, MIME type and icons are where freedesktop
# looks for them, and uninstall it again.
#
#   packaging/ci-check.sh [OUT_DIR]      screenshots go to OUT_DIR (default target/ci/packaging)
#
# As root it installs what it needs from Debian, installs the .deb with apt-get (which also fetches the
# libraries the package depends on) and removes the package on exit, whatever happened. As any other user
# it unpacks the .deb into a throwaway root instead and skips the checks that need it installed.
# Exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/ci/packaging}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
flagship=aws-us-east-1-2025-10
knock=dynamodb-dns-record

say() { printf '[ci-check] %s\n' "$*"; }
fail() { printf '[ci-check] FAILED: %s\n' "$*" >&2; exit 1; }
root_user() { [ "$(id -u)" -eq 0 ]; }

need=()
for tool in xvfb-run:xvfb import:imagemagick xwininfo:x11-utils fakeroot:fakeroot dpkg-deb:dpkg-dev \
            objcopy:binutils unzip:unzip desktop-file-validate:desktop-file-utils; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  root_user || fail "missing Debian packages: ${need[*]} (run as root to install them)"
  say "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

say "building the .deb: mvn -B -q -Ppackage -pl packaging -am package -DskipTests"
started=$SECONDS
mvn -B -q -Ppackage -pl packaging -am package -DskipTests
debs=(packaging/target/blastmap_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in packaging/target, found: ${debs[*]}"
deb="$(pwd)/${debs[0]}"
version="$(dpkg-deb -f "$deb" Version)"
version="${version%-*}"
say "built $(basename "$deb") ($(du -h "$deb" | cut -f1), installs $(dpkg-deb -f "$deb" Installed-Size) KiB) in $((SECONDS - started)) s"

scratch="$(mktemp -d)"
installed=0
cleanup() {
  status=$?
  if [ "$installed" -eq 1 ]; then
    say "removing the package"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq blastmap >/dev/null || status=1
    if [ -e /usr/bin/blastmap ] || [ -e /usr/lib/blastmap ] || [ -e /usr/share/applications/blastmap.desktop ] \
       || grep -q 'blastmap' /usr/share/mime/globs2 2>/dev/null; then
      echo "[ci-check] FAILED: files left behind after removal" >&2
      status=1
    fi
  fi
  rm -rf "$scratch"
  exit "$status"
}
trap cleanup EXIT

if root_user; then
  if dpkg -s blastmap >/dev/null 2>&1; then
    say "blastmap $(dpkg-query -W -f '${Version}' blastmap) is installed already: replacing it, and removing it at the end"
  fi
  say "installing $(basename "$deb")"
  installed=1
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
  fi
  prefix=""
  blastmap="$(command -v blastmap)" || fail "no blastmap command on the PATH"
  [ "$blastmap" = /usr/bin/blastmap ] || fail "blastmap on the PATH is $blastmap, not /usr/bin/blastmap"
  [ "$(dpkg -S /usr/bin/blastmap | cut -d: -f1)" = blastmap ] || fail "/usr/bin/blastmap is not the package's"
else
  say "not root: unpacking $(basename "$deb") into a throwaway root instead of installing it"
  prefix="$scratch/root"
  dpkg-deb -x "$deb" "$prefix"
  blastmap="$prefix/usr/bin/blastmap"
fi

say "command line, without a display"
(
  unset DISPLAY WAYLAND_DISPLAY
  reported="$("$blastmap" --version)"
  [ "$reported" = "blastmap $version" ] || fail "blastmap --version said '$reported', expected 'blastmap $version'"
  say "blastmap --version: $reported"
  best=""
  for _ in 1 2 3; do
    t0=$(date +%s%N); "$blastmap" --version >/dev/null; t1=$(date +%s%N)
    ms=$(((t1 - t0) / 1000000))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  say "start-up, blastmap --version: best of 3 is $best ms"

  # A bundled sample, taken from the installed files as a user would save it.
  samples_jar="$(ls "$prefix"/usr/lib/blastmap/app/sample-graphs-*.jar)"
  unzip -p "$samples_jar" "samples/$flagship.blastmap.json" > "$scratch/$flagship.blastmap.json"
  [ -s "$scratch/$flagship.blastmap.json" ] || fail "no samples/$flagship.blastmap.json in $samples_jar"
  "$blastmap" analyze "$scratch/$flagship.blastmap.json" --knock "$knock" > "$scratch/analyze.txt" \
    || fail "blastmap analyze exited $?"
  head -n 8 "$scratch/analyze.txt"
  grep -q "$knock" "$scratch/analyze.txt" || fail "blastmap analyze did not mention $knock"
)

if root_user; then
  say "desktop integration: entry, MIME type, icons"
  desktop-file-validate /usr/share/applications/blastmap.desktop || fail "desktop-file-validate"
  grep -q 'application/x-blastmap+json=.*blastmap\.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "the desktop database does not offer blastmap.desktop for application/x-blastmap+json"
  [ -f /usr/share/mime/packages/blastmap.xml ] || fail "no /usr/share/mime/packages/blastmap.xml"
  grep -q 'application/x-blastmap+json:\*\.blastmap\.json' /usr/share/mime/globs2 \
    || fail "the MIME database has no *.blastmap.json glob"
  for icon in 16x16 48x48 256x256 512x512; do
    [ -f "/usr/share/icons/hicolor/$icon/apps/blastmap.png" ] || fail "no $icon icon in hicolor"
  done
  [ -f /usr/share/icons/hicolor/scalable/apps/blastmap.svg ] || fail "no scalable icon in hicolor"
  if command -v gio >/dev/null; then
    # What a file manager asks GLib before a double-click: the file's type, then the type's default app.
    # (Output captured first: grep -q closing the pipe early would fail the pipeline under pipefail.)
    echo '{}' > "$scratch/plain.json"
    sample_type="$(gio info -a standard::content-type "$scratch/$flagship.blastmap.json")"
    plain_type="$(gio info -a standard::content-type "$scratch/plain.json")"
    handlers="$(gio mime application/x-blastmap+json)"
    grep -q 'content-type: application/x-blastmap+json$' <<<"$sample_type" \
      || fail "gio does not see $flagship.blastmap.json as application/x-blastmap+json"
    grep -q 'content-type: application/json$' <<<"$plain_type" \
      || fail "gio no longer sees a plain .json file as application/json"
    grep -q 'Default application.*: blastmap\.desktop$' <<<"$handlers" \
      || fail "blastmap.desktop is not the default application for application/x-blastmap+json"
    say "gio: *.blastmap.json is application/x-blastmap+json, opened by blastmap.desktop; *.json stays JSON"
  fi
else
  desktop-file-validate "$prefix/usr/share/applications/blastmap.desktop" || fail "desktop-file-validate"
fi

# The installed window, under Xvfb, with a throwaway home for the app's preferences: once as the menu
# entry starts it (no arguments), once as a double-click on a *.blastmap.json file does (the file's path).
window() {
  local shot="$1"
  shift
  BLASTMAP="$blastmap" SHOT="$shot" HOME_DIR="$scratch/home-$(basename "$shot" .png)" \
    xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
      mkdir -p "$HOME_DIR"
      export JAVA_TOOL_OPTIONS="-Duser.home=$HOME_DIR -Djava.util.prefs.userRoot=$HOME_DIR/.prefs"
      t0=$(date +%s%N)
      "$BLASTMAP" "$@" 2>"$HOME_DIR/stderr.txt" &
      app=$!
      seen=0
      for _ in $(seq 600); do
        if xwininfo -root -tree 2>/dev/null | grep -q "\"Blastmap"; then seen=1; break; fi
        kill -0 $app 2>/dev/null || break
        sleep 0.1
      done
      t1=$(date +%s%N)
      if [ $seen -eq 1 ]; then
        echo "[ci-check] start-up to the first window: $(((t1 - t0) / 1000000)) ms"
        # A window that is mapped is not yet painted: wait until the screen holds a real picture (a blank
        # or half-drawn window has a handful of colours), at most a minute on a busy machine.
        for _ in $(seq 30); do
          sleep 2
          import -window root "$SHOT"
          [ "$(identify -format %k "$SHOT")" -gt 200 ] && break
        done
        sleep 3
        import -window root "$SHOT"
      else
        cat "$HOME_DIR/stderr.txt" >&2
      fi
      kill $app 2>/dev/null || true
      wait $app 2>/dev/null || true
      [ $seen -eq 1 ]
    ' bash "$@" || fail "the installed app never opened its window ($*)"
  [ -s "$shot" ] || fail "no screenshot at $shot"
  [ "$(identify -format %k "$shot")" -gt 200 ] || fail "the window stayed blank: $shot"
  say "screenshot: $shot"
}
say "the installed window under Xvfb"
window "$out/installed-window.png"
window "$out/installed-open-file.png" "$scratch/$flagship.blastmap.json"

say "passed"
