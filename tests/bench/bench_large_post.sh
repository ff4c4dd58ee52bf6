#!/usr/bin/env bash
# Large-post import benchmark: prints "name value unit" lines.
#
#   tests/bench/bench_large_post.sh [GLOSS] [MB] [RUNS]
#
# Makes two posts of about MB megabytes (56 unless given) from the corpus: the seed's HTML
# body repeated, and a Markdown post's body (hexo-markdown/python3.md) repeated, each after
# its own front matter. Imports each into a fresh library with `GLOSS import` (build/dev/ui/gloss
# unless given) under /usr/bin/time -v, RUNS times (3 unless given), and prints the median
# wall time, the median peak resident set size and that peak over the file's size.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gloss=${1:-$root/build/dev/ui/gloss}
megabytes=${2:-56}
runs=${3:-3}
corpus=${GLOSS_CORPUS_DIR:-$root/../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# make_post SOURCE OUT: SOURCE's front matter once, then its body until OUT has MB megabytes.
make_post() {
    local source=$1 out=$2
    awk 'BEGIN { n = 0 } { print } /^---[ \t\r]*$/ { if (++n == 2) exit }' "$source" > "$out"
    awk 'BEGIN { n = 0 } n >= 2 { print; next } /^---[ \t\r]*$/ { n++ }' "$source" > "$work/body"
    local target=$((megabytes * 1024 * 1024))
    while [ "$(stat -c %s "$out")" -lt "$target" ]; do
        cat "$work/body" "$work/body" "$work/body" "$work/body" >> "$out"
    done
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure() {
    local name=$1 source=$2
    mkdir -p "$work/$name"
    make_post "$source" "$work/$name/post.md"
    local size
    size=$(stat -c %s "$work/$name/post.md")
    : > "$work/$name.seconds"
    : > "$work/$name.kilobytes"
    for _ in $(seq "$runs"); do
        rm -f "$work/$name.gloss"*
        /usr/bin/time -v "$gloss" import --quiet --library "$work/$name.gloss" "$work/$name" \
            > "$work/out" 2> "$work/time"
        grep -q '^imported 1,' "$work/out" || { cat "$work/out" "$work/time" >&2; exit 1; }
        awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
                     for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time" \
            >> "$work/$name.seconds"
        awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time" >> "$work/$name.kilobytes"
    done
    local seconds kilobytes
    seconds=$(median < "$work/$name.seconds")
    kilobytes=$(median < "$work/$name.kilobytes")
    echo "large_${name}_file_bytes $size bytes"
    echo "large_${name}_import_seconds $seconds s"
    echo "large_${name}_peak_rss $((kilobytes / 1024)) MB"
    awk -v k="$kilobytes" -v s="$size" 'BEGIN { printf "large_'"$name"'_peak_over_file %.2f x\n", k * 1024 / s }'
}

measure html "$corpus/seed/000_ef5d5e89255a9b09.txt"
measure markdown "$corpus/hexo-markdown/python3.md"
