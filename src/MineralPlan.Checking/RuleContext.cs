using System.Collections.Frozen;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking;

/// <summary>What a rule sees: the plan being checked, the plans above it (parent first), and the plans directly below it that the workspace holds.</summary>
public sealed record RuleContext(Compilation Compilation, Plan Plan, IReadOnlyList<Plan> Ancestors)
{
    private FrozenDictionary<Reference, (PlanItem Item, Plan Plan)?>? _upward;

    public IReadOnlyList<Plan> Children { get; init; } = [];

    /// <summary>
    /// What an upward reference of the plan (<c>落实: 上级.x</c>, <c>对应: 省级.y</c>) names in the plans above: bound once,
    /// for every such reference of the plan, when the plan meets its ancestors; rules read the table instead of
    /// searching the ancestors each time. A reference not in the plan's items is resolved on the spot.
    /// </summary>
    public (PlanItem Item, Plan Plan)? Upward(Reference reference)
    {
        _upward ??= Plan.Items
            .SelectMany(i => new[] { (i as Zone)?.Carries, (i as PlanningBlock)?.Carries, (i as DeclaredCount)?.Carries, (i as MinScale)?.Carries })
            .OfType<Reference>()
            .Distinct(SameReference.Instance)
            .ToFrozenDictionary(r => r, r => Upstream.Resolve(Ancestors, r.Parts), SameReference.Instance);
        return _upward.TryGetValue(reference, out var bound) ? bound : Upstream.Resolve(Ancestors, reference.Parts);
    }
}

/// <summary>A reference is itself, not any reference with equal parts: two places that write 上级.x are two references.</summary>
internal sealed class SameReference : IEqualityComparer<Reference>
{
    public static readonly SameReference Instance = new();

    public bool Equals(Reference? x, Reference? y) => ReferenceEquals(x, y);

    public int GetHashCode(Reference obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
