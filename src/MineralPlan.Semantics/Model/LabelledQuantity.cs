using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Model;

/// <summary>One labelled element of a list: a part of a total, a count by level, an allocation.</summary>
public sealed record LabelledQuantity(string Label, Quantity Quantity, SourceSpan Span);
