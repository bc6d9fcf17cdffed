#!/usr/bin/env bash
# Fuzz mlcoach's scenario decoder, session decoder, journal reader and answer scorer for a number
# of minutes (default 30) and print the counts of runs, crashes and hangs.
#
#   scripts/fuzz.sh [MINUTES] [libfuzzer|mutation]
#
# libfuzzer (the default where the toolchain supports -sanitize=fuzzer): coverage-guided, built
# in .build-fuzz, with crashes and timeouts counted and saved to .fuzz/ instead of stopping.
# mutation: the seeded mutation fuzzer (mlcoach-fuzz), restarted with a new seed after a crash.
# Both run at the lowest priority (nice 19) so that other work on the machine keeps its CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-30}"
engine="${2:-libfuzzer}"
seconds=$((minutes * 60))
mkdir -p .fuzz

if [[ "$engine" == libfuzzer ]]; then
  nice -n 19 swift build -c release -sanitize=fuzzer -Xswiftc -DLIBFUZZER --product mlcoach-fuzz --build-path .build-fuzz
  binary=".build-fuzz/release/mlcoach-fuzz"
  corpus=".fuzz/corpus"
  mkdir -p "$corpus" .fuzz/artifacts
  swift run -c release mlcoach-fuzz --write-corpus "$corpus" >/dev/null
  # -fork keeps going after a crash or a timeout (each is saved and counted); -timeout is the
  # hang limit per input in seconds; inputs may be as large as a scenario file.
  nice -n 19 "$binary" "$corpus" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=300000 \
    -artifact_prefix=.fuzz/artifacts/ 2>&1 | tee .fuzz/libfuzzer.log | grep -E "^#[0-9]+|DONE|crash|timeout" || true
  runs=$(grep -oE "^#[0-9]+" .fuzz/libfuzzer.log | tail -1 | tr -d '#')
  crashes=$(find .fuzz/artifacts -name 'crash-*' | wc -l)
  hangs=$(find .fuzz/artifacts -name 'timeout-*' | wc -l)
  echo "libFuzzer, $minutes minutes: runs ${runs:-0}, crashes $crashes, hangs $hangs (artifacts in .fuzz/artifacts)"
else
  swift build -c release --product mlcoach-fuzz
  end=$((SECONDS + seconds))
  runs=0; crashes=0; hangs=0; seed=$(date +%s)
  while (( SECONDS < end )); do
    left=$(( (end - SECONDS + 59) / 60 ))
    set +e
    out=$(cd .fuzz && nice -n 19 ../.build/release/mlcoach-fuzz --minutes "$left" --seed "$seed" 2>&1)
    status=$?
    set -e
    echo "$out" | tail -3
    n=$(echo "$out" | grep -oE "^runs [0-9]+" | grep -oE "[0-9]+" || true)
    runs=$((runs + ${n:-0}))
    if (( status == 3 )); then hangs=$((hangs + 1)); mv .fuzz/mlcoach-fuzz-current.input ".fuzz/hang-$seed.input"
    elif (( status > 128 )); then crashes=$((crashes + 1)); mv .fuzz/mlcoach-fuzz-current.input ".fuzz/crash-$seed.input"
    fi
    seed=$((seed + 1))
  done
  echo "mutation fuzzer, $minutes minutes: runs $runs (completed runs; a crash loses its run's count), crashes $crashes, hangs $hangs"
fi
