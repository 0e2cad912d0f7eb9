#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer harnesses in Fuzz/ and runs each for FUZZ_SECONDS, then
# prints executions, coverage and crashes per harness. See Fuzz/README.md.
#
#   FUZZ_SECONDS=300        how long each harness runs
#   FUZZ_HARNESSES="..."    which harnesses (default: all six)
#   FUZZ_RUNS=1000000       stop each harness after this many executions instead
#   FUZZ_SANITIZERS=fuzzer,address
#
# The corpora grow in .build-fuzz/corpus/NAME between runs; crashes, timeouts and inputs
# over the memory limit are written to .build-fuzz/crashes/NAME-*. Exit status 1 when any
# harness found one.
set -uo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${FUZZ_SECONDS:-300}
HARNESSES=${FUZZ_HARNESSES:-"package document xmlform schema tracker-csv tracker-xlsx"}
SANITIZERS=${FUZZ_SANITIZERS:-fuzzer,address}
SCRATCH=.build-fuzz
BIN=$SCRATCH/release

# The longest input each harness is given: whole small forms for the package reader, a
# slice of a form for the document model (a full one would run at a tenth of the speed).
max_len() {
  case $1 in
    package) echo 65536 ;; document|xmlform) echo 16384 ;; schema) echo 8192 ;;
    tracker-csv) echo 4096 ;; tracker-xlsx) echo 8192 ;;
  esac
}
dictionary() {
  case $1 in
    package|document) echo Fuzz/dictionaries/wordprocessingml.dict ;;
    xmlform|tracker-xlsx) echo Fuzz/dictionaries/xmlform.dict ;;
    schema) echo Fuzz/dictionaries/schema.dict ;;
  esac
}

for harness in $HARNESSES; do
  echo "== building fuzz-$harness"
  STARLING_FUZZ=1 swift build -c release --scratch-path $SCRATCH --product "fuzz-$harness" \
    -Xswiftc -sanitize="$SANITIZERS" -Xswiftc -parse-as-library 2>&1 | grep -E "error|warning: |Compiling|Build of" | tail -3
  [ -x "$BIN/fuzz-$harness" ] || { echo "fuzz-$harness did not build"; exit 2; }
done

# Seeds are written afresh for each run, in a folder of its own so two runs side by side
# (one harness per core) do not share one.
SEEDS=$SCRATCH/seeds-$$
trap 'rm -rf "$SEEDS"' EXIT
python3 Fuzz/seeds.py "$SEEDS" || exit 2
mkdir -p $SCRATCH/crashes $SCRATCH/logs

found=0
summary=()
for harness in $HARNESSES; do
  corpus=$SCRATCH/corpus/$harness
  mkdir -p "$corpus"
  dict=$(dictionary "$harness")
  log=$SCRATCH/logs/$harness.log
  echo "== fuzz-$harness for ${FUZZ_RUNS:-${SECONDS_EACH}s}${FUZZ_RUNS:+ runs} (log: $log)"
  # Leak checks are off: Swift packs pointers into enum payloads, where LeakSanitizer's scan
  # cannot see them, so it reports the harnesses' own globals as leaked.
  before=$(ls $SCRATCH/crashes | grep -c "^$harness-" || true)
  ASAN_OPTIONS=detect_leaks=0 "$BIN/fuzz-$harness" "$corpus" "$SEEDS/$harness" \
    ${FUZZ_RUNS:+-runs=$FUZZ_RUNS} -max_total_time="$([ -n "${FUZZ_RUNS:-}" ] && echo 0 || echo "$SECONDS_EACH")" -max_len="$(max_len "$harness")" -timeout=10 -rss_limit_mb=2048 \
    ${dict:+-dict=$dict} -artifact_prefix="$SCRATCH/crashes/$harness-" -print_final_stats=1 >"$log" 2>&1
  status=$?
  after=$(ls $SCRATCH/crashes | grep -c "^$harness-" || true)
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  coverage=$(grep -oE '(DONE|pulse|NEW|REDUCE|INITED) +cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1 | awk '{print $3" edges, "$5" features, corpus "$7}')
  new=$((after - before))
  [ $status -ne 0 ] || [ $new -gt 0 ] && found=1
  summary+=("$(printf '%-13s %10s executions  %6s/s  %s  %s' "$harness" "${executions:-0}" "${rate:-0}" "${coverage:-?}" \
    "$([ $new -gt 0 ] && echo "FOUND $new: $SCRATCH/crashes/$harness-*" || ([ $status -ne 0 ] && echo "exit $status, see $log" || echo clean))")")
done

echo
echo "== fuzzing summary (${FUZZ_RUNS:-${SECONDS_EACH}s}${FUZZ_RUNS:+ runs} each, sanitizers: $SANITIZERS)"
printf '%s\n' "${summary[@]}"
exit $found
