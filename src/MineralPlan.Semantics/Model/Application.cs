using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Model;

/// <summary>申请: a proposed exploration or mining right, as a bureau receives it.</summary>
public sealed record Application : PlanItem
{
    /// <summary>exploration (探矿权) or mining (采矿权).</summary>
    public RightKind? Right { get; init; }

    /// <summary>Planned annual scale (规模), for a mining right.</summary>
    public Quantity? Scale { get; init; }

    /// <summary>The zone or block of the plan the right lies in (位于).</summary>
    public Reference? Within { get; init; }

    /// <summary>new, expanded, existing, renewal (新建/改扩建/已有/延续).</summary>
    public MineKind? Mine { get; init; }

    public SourceSpan? RightSpan { get; init; }
}
