#!/usr/bin/env bash
# What running foreign code in a worker process costs per check (README "Where trust lives").
# Alternates the runs compared and prints the median wall time of each over N rounds.
#   tests/isolation-cost.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-9}
./mplan --help >/dev/null                      # build the CLI once
dotnet build plugins/Liaoning -v q -nologo >/dev/null && dotnet build plugins/Chaoyang -v q -nologo >/dev/null

ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
mkdir -p "$ws/plans/p" "$ws/empty"
cp plans/skeleton/plan.mplan "$ws/plans/p/"
echo 'foreach (var z in Plan.OfType<Zone>()) { if (z.Note is null) Warn("no note", z); }' > "$ws/plans/p/note.rule.csx"
export MPLAN_CACHE="$ws/cache"
mplan="$PWD/mplan"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f\n", e - s }'; }

(cd "$ws" && "$mplan" check plans/p --trust-scripts >/dev/null 2>&1 || true)   # compile the script into the cache
declare -A runs
for i in $(seq "$rounds"); do
  runs[untrusted]+="$(cd "$ws" && time_of "$mplan" check plans/p)"$'\n'
  runs[trusted]+="$(cd "$ws" && time_of "$mplan" check plans/p --trust-scripts)"$'\n'
  runs[no_worker]+="$(time_of "$mplan" plugins list --plugins "$ws/missing")"$'\n'
  runs[plugins]+="$(time_of "$mplan" plugins list --plugins artifacts/plugins)"$'\n'
done
# untrusted → trusted: a worker that compiles the plan again and runs one cached script;
# no_worker → plugins: a worker process that loads the three shipped plugins and hands back their plans.
for k in untrusted trusted no_worker plugins; do
  printf '%-11s %s s\n' "$k" "$(printf '%s' "${runs[$k]}" | grep -v '^$' | median)"
done
