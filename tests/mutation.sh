#!/usr/bin/env bash
# Mutation testing with Stryker.NET (pinned in .config/dotnet-tools.json). Not part of CI: a full run of one
# project takes from minutes (Syntax) to an hour or more (Semantics, Checking) on two cores.
#
#   tests/mutation.sh PROJECT            one source project, e.g. tests/mutation.sh Syntax
#   tests/mutation.sh PROJECT --since    only the files changed since main (use before committing)
#   tests/mutation.sh PROJECT -m GLOB    only files matching a glob, e.g. -m "**/Numbering.cs"
#
# PROJECT is the part after "MineralPlan.": Syntax, Semantics, Checking, Geometry, Rendering, Workspaces, LanguageServer, Cli.
# Reports land in artifacts/mutation/PROJECT/ (HTML and JSON); the score is the last lines of the output.
# Run it on a clone or a quiet checkout: Stryker builds the test project, so a build of your own at the same
# time can make its first test run hang.
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:?usage: tests/mutation.sh PROJECT [--since | -m GLOB]}"
shift
extra=()
if [[ "${1:-}" == "--since" ]]; then
  extra+=(--since:main)
  shift
fi
dotnet tool restore >/dev/null
out="$(pwd)/artifacts/mutation/$project"
mkdir -p "$out"
cd tests/MineralPlan.Tests
# The mutation run leaves out the tests that cost time without testing product logic a mutant can change:
# the one-minute fuzz run, the external validators (Java, npm, LibreOffice), the editor extension's Node tests, the
# process-isolation tests (each starts worker processes) and the native-front comparison (it runs the built binaries,
# not the mutated code). They still run in CI.
filter='FullyQualifiedName!~Fuzzing&FullyQualifiedName!~Conformance&FullyQualifiedName!~ScriptRuleTests&FullyQualifiedName!~PdfRendering&FullyQualifiedName!~RobustnessTests&FullyQualifiedName!~EditorExtension&FullyQualifiedName!~NativeFrontTests'
# Nearly every test compiles a plan, so every test covers every parser mutant: with the whole suite a project takes
# hours on two cores. Each project is tested by the test classes that exercise it (the README's scores were measured
# so); MPLAN_MUTATION_ALL_TESTS=1 uses the whole suite instead.
t='FullyQualifiedName~MineralPlan.Tests'
case "$project" in
  Syntax) own="$t.Syntax|$t.Formatting|$t.Diagnostics|FullyQualifiedName~PlanBaseline" ;;
  # Not the Checking tests: they compile plans of every shape, so each binder mutant would run them all (hours here).
  Semantics) own="$t.Semantics|$t.Workspaces|$t.Cli.DiffTests|$t.Diagnostics|FullyQualifiedName~PlanBaseline" ;;
  Checking) own="$t.Checking|$t.Diagnostics|FullyQualifiedName~PlanBaseline" ;;
  Geometry) own="$t.Geometry|$t.Diagnostics|FullyQualifiedName~PlanBaseline" ;;
  Cli) own="$t.Cli|$t.Diagnostics" ;;
  # The incremental engine is driven by the language server: its protocol tests are in the filter.
  Workspaces) own="$t.Workspaces|$t.Cli.WorkspaceCheckTests|$t.Cli.WorkspaceSubtreeTests|$t.LanguageServer|$t.Diagnostics" ;;
  # The server through its protocol (not the extension's Node tests, left out above).
  LanguageServer) own="$t.LanguageServer|$t.Diagnostics" ;;
  Rendering) own="$t.Rendering|$t.Semantics.PureFunctionTests|$t.Cli.DiffTests|FullyQualifiedName~PlanBaseline" ;;
  *) own="" ;;
esac
if [[ -n "$own" && "${MPLAN_MUTATION_ALL_TESTS:-}" != "1" ]]; then
  filter="($own)&$filter"
fi
dotnet stryker --project "MineralPlan.$project.csproj" --reporter progress --reporter html --reporter json \
  --test-case-filter "$filter" --output "$out" "${extra[@]}" "$@"
