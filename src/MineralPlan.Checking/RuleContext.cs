using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking;

/// <summary>What a rule sees: the plan being checked, the plans above it (parent first), and the plans directly below it that the workspace holds.</summary>
public sealed record RuleContext(Compilation Compilation, Plan Plan, IReadOnlyList<Plan> Ancestors)
{
    public IReadOnlyList<Plan> Children { get; init; } = [];
}
