using System.Collections.Immutable;

namespace MineralPlan.Semantics.Model;

/// <summary>The semantic model of one plan: header, data items in source order, document text.</summary>
public sealed record Plan(
    PlanHeader Header,
    ImmutableArray<PlanItem> Items,
    ImmutableArray<Heading> Document,
    ImmutableArray<string> Files)
{
    public IEnumerable<T> OfType<T>() where T : PlanItem => Items.OfType<T>();

    public PlanItem? FindItem(string idOrName) =>
        Items.FirstOrDefault(i => i.Id == idOrName) ?? Items.FirstOrDefault(i => i.Name == idOrName);
}
