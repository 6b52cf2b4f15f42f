#!/usr/bin/env bash
# Fast start: `mplan check plans/kazuo` against a .NET hello-world process, side by side (README "Fast start").
# Builds the hello world once in a temp folder, then alternates the two N times (default 21) and prints each
# one's median wall time and the ratio of the medians. Run it on a quiet machine: it measures processes, not code.
#   tests/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-21}"
hello="${TMPDIR:-/tmp}/mplan-hello"
if [ ! -f "$hello/out/hello.dll" ]; then
  mkdir -p "$hello"
  cat > "$hello/hello.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
</Project>
PROJ
  echo 'Console.WriteLine("Hello, World!");' > "$hello/Program.cs"
  dotnet build "$hello/hello.csproj" -c Release -o "$hello/out" -nologo -v:q >/dev/null
fi
# Build on first use, outside the measurement; with clang installed the native front too (MPLAN_NATIVE=off measures
# the JIT build alone).
[ "${MPLAN_NATIVE:-}" = off ] || MPLAN_NATIVE=wait ./mplan check plans/kazuo >/dev/null 2>&1 || true
./mplan check plans/kazuo >/dev/null 2>&1 || true
build="ReadyToRun JIT build"
if [ "${MPLAN_NATIVE:-}" != off ] && [ -x .mplan-build/native/mplan ] \
    && [ "$(cat .mplan-build/native/build-id 2>/dev/null)" = "$(cat .mplan-build/build-id 2>/dev/null)" ]; then
  build="native front"
fi
ms() { local start; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; echo $(( ($(date +%s%N) - start) / 1000000 )); }
a=(); b=()
for _ in $(seq "$n"); do
  a+=("$(ms dotnet "$hello/out/hello.dll")")
  b+=("$(ms ./mplan check plans/kazuo)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ha=$(median "${a[@]}"); mb=$(median "${b[@]}")
echo "hello world: median ${ha} ms; mplan check plans/kazuo: median ${mb} ms; ratio $(awk -v x="$mb" -v y="$ha" 'BEGIN {printf "%.1f", x / y}') (n=$n, alternating; $build)"
