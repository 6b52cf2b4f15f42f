#!/usr/bin/env bash
# Re-run the tests with baseline updating on, then show what changed for review.
set -euo pipefail
cd "$(dirname "$0")/.."
MPLAN_UPDATE_BASELINES=1 dotnet test tests/MineralPlan.Tests/MineralPlan.Tests.csproj -nologo -v:q "$@" || true
rm -f tests/MineralPlan.Tests/Baselines/**/*.actual 2>/dev/null || true
git status --short tests/MineralPlan.Tests/Baselines
