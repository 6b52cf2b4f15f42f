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

    /// <summary>印发通知, printed before the cover; null when the plan has none.</summary>
    public PlanNotice? Notice { get; init; }

    // Built once per plan: references are resolved many times, and a province has tens of thousands of items.
    private Dictionary<string, PlanItem>? _byId;
    private Dictionary<string, PlanItem>? _byName;

    public PlanItem? FindItem(string idOrName)
    {
        if (_byId is null || _byName is null)
        {
            var byId = new Dictionary<string, PlanItem>(StringComparer.Ordinal);
            var byName = new Dictionary<string, PlanItem>(StringComparer.Ordinal);
            foreach (var item in Items)
            {
                if (item.Id is { } id)
                {
                    byId.TryAdd(id, item);
                }

                if (item.Name is { } name)
                {
                    byName.TryAdd(name, item);
                }
            }

            (_byId, _byName) = (byId, byName);
        }

        return _byId.GetValueOrDefault(idOrName) ?? _byName.GetValueOrDefault(idOrName);
    }
}
