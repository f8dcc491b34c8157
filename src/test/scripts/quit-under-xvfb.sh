#!/usr/bin/env bash
# Quits the app under Xvfb with a notice open, again and again, and counts the crashes at exit (issue 12.7).
#
#   src/test/scripts/quit-under-xvfb.sh [JAR] [RUNS]      (defaults: target/vidatlas.jar, 8)
#
# Each run starts with a settings file holding a bad value ({"downloadFigures":"no"}), so a notice opens over the
# window, in a config and cache of its own (temporary XDG_CONFIG_HOME / XDG_CACHE_HOME). Two ways out:
#   probe: `--startup-probe` quits by itself once the first page shows, with the notice still open;
#   keys:  the notice is answered (Return), then Ctrl+Q (needs xdotool); the layout must be in settings.json.
# Prints one line per run (exit code, hs_err files, layout saved) and the totals. Needs xvfb-run (and xdotool).
set -u
JAR=$(realpath "${1:-target/vidatlas.jar}")
RUNS=${2:-8}
BAD='{"downloadFigures":"no"}'
crashes=0
failures=0

fresh() {
    local d
    d=$(mktemp -d)
    mkdir -p "$d/config/vidatlas" "$d/cache" "$d/run"
    printf '%s' "$BAD" > "$d/config/vidatlas/settings.json"
    echo "$d"
}

report() { # mode run dir exit-code
    local hs layout
    hs=$(find "$3/run" -name 'hs_err_pid*.log' | wc -l)
    layout=$(grep -c '"window"' "$3/config/vidatlas/settings.json")
    echo "$1 run $2: exit $4, hs_err files $hs, layout saved $layout"
    [ "$hs" -gt 0 ] && crashes=$((crashes + 1))
    [ "$4" -ne 0 ] && failures=$((failures + 1))
    rm -rf "$3"
}

for i in $(seq 1 "$RUNS"); do
    d=$(fresh)
    (cd "$d/run" && XDG_CONFIG_HOME="$d/config" XDG_CACHE_HOME="$d/cache" timeout 120 \
        xvfb-run -a -s "-screen 0 1600x1000x24" java -jar "$JAR" --startup-probe > /dev/null 2>&1)
    report probe "$i" "$d" $?
done

if command -v xdotool > /dev/null; then
    for i in $(seq 1 "$RUNS"); do
        d=$(fresh)
        (cd "$d/run" && XDG_CONFIG_HOME="$d/config" XDG_CACHE_HOME="$d/cache" timeout 120 \
            xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
                java -jar "$0" > /dev/null 2>&1 & app=$!
                for _ in $(seq 1 120); do
                    notice=$(xdotool search --onlyvisible --name "^Warning$" 2>/dev/null | head -1)
                    [ -n "$notice" ] && break
                    sleep 0.5
                done
                sleep 2
                xdotool key --window "$notice" Return
                sleep 2
                xdotool key ctrl+q
                wait $app' "$JAR")
        report keys "$i" "$d" $?
    done
else
    echo "xdotool not found: the Ctrl+Q runs are skipped"
fi

echo "runs with an hs_err file: $crashes; runs with a non-zero exit: $failures"
[ "$crashes" -eq 0 ] && [ "$failures" -eq 0 ]
