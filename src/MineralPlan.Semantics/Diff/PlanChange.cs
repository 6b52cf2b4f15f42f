namespace MineralPlan.Semantics.Diff;

/// <summary>One row of a 修改对照表: what changed, before, after, and a remark (e.g. an area delta).</summary>
public sealed record PlanChange(string Kind, string Subject, string? Before, string? After, string Remark);
