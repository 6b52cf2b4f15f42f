using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking;

/// <summary>What a rule sees: the plan being checked and the plans above it (parent first), when found.</summary>
public sealed record RuleContext(Compilation Compilation, Plan Plan, IReadOnlyList<Plan> Ancestors);
