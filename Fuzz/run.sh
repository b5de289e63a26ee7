#!/usr/bin/env bash
# Builds the libFuzzer targets of Heltid's input parsers and runs each for a bounded time.
#
# Usage: Fuzz/run.sh [SECONDS-PER-TARGET] [TARGET...]
#   SECONDS-PER-TARGET defaults to 60; targets: instance-json scenario-file curtois-text roster-files
#   (default all). Run from anywhere; works in the repository root.
#
# One binary holds every target: the model's sources (Sources/HeltidModel, no GLPK) and Fuzz/*.swift,
# compiled under -sanitize=fuzzer,address; HELTID_FUZZ_TARGET picks the parser. The committed seed corpus is in Fuzz/corpus/<target>/; a run works
# on a temporary copy (new inputs libFuzzer finds are not committed), so the repository stays clean.
# A crash leaves its input in Fuzz/crashes/<target>/ and the script exits non-zero: turn it into a
# regression test in Tests/HeltidModelTests/ParserRegressionTests.swift and fix the parser.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(instance-json scenario-file curtois-text roster-files)

build=.build-fuzz
binary="$build/heltid-fuzz"
mkdir -p "$build"
for target in "${targets[@]}"; do
    case "$target" in
        instance-json|scenario-file|curtois-text|roster-files) ;;
        *) echo "Fuzz/run.sh: no target '$target'" >&2; exit 2 ;;
    esac
done

echo "== building $binary"
# shellcheck disable=SC2046
if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name HeltidFuzz \
    $(find Sources/HeltidModel -name '*.swift' | sort) Fuzz/*.swift -o "$binary" 2>"$build/build.log"; then
    cat "$build/build.log"
    exit 1
fi

status=0
for target in "${targets[@]}"; do
    work=$(mktemp -d)
    cp Fuzz/corpus/"$target"/* "$work"/ 2>/dev/null || true
    mkdir -p Fuzz/crashes/"$target"
    echo "== $target: fuzzing for $seconds s"
    if ! HELTID_FUZZ_TARGET=$target "$binary" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix=Fuzz/crashes/"$target"/ 2>"$build/$target.log"; then
        echo "== $target: CRASH (input in Fuzz/crashes/$target/; log $build/$target.log)"
        tail -40 "$build/$target.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$target.log" | tr -s ' ' | tr '\n' ' '
        echo
    fi
    rmdir Fuzz/crashes/"$target" 2>/dev/null || true
    rm -rf "$work"
done
rmdir Fuzz/crashes 2>/dev/null || true
exit $status
