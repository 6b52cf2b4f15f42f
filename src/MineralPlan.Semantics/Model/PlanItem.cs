using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Model;

/// <summary>
/// Anything a plan declares with an id: the data of the plan. <see cref="Kind"/> is the canonical
/// block keyword (indicator, zone ...).
/// </summary>
public abstract record PlanItem
{
    public required string Kind { get; init; }

    public required string? Id { get; init; }

    public required string? Name { get; init; }

    public required SourceSpan Span { get; init; }

    public string? Note { get; init; }

    /// <summary>Extra columns a table shows that the model has no field for (其他属性), as text.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Attributes { get; init; } = [];

    public ImmutableArray<MineralRef> Minerals { get; init; } = [];

    /// <summary>How a finding names the item: its name, else its id.</summary>
    public string DisplayName => Name ?? Id ?? Kind;
}
