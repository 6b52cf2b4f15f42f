using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;

namespace MineralPlan.Checking;

/// <summary>Resolves references into the plans above: <c>上级.x</c>/<c>parent.x</c> (the parent), <c>省级.x</c>/<c>市级.x</c> (the ancestor of that level), <c>planid.x</c>, or a bare id searched upwards.</summary>
public static class Upstream
{
    /// <summary>The reference as the context bound it when the plan met its ancestors (<see cref="RuleContext.Upward"/>).</summary>
    public static (PlanItem Item, Plan Plan)? Resolve(RuleContext context, Reference reference) => context.Upward(reference);

    /// <param name="ancestors">Parent first.</param>
    public static (PlanItem Item, Plan Plan)? Resolve(IReadOnlyList<Plan> ancestors, IReadOnlyList<string> parts)
    {
        if (ancestors.Count == 0 || parts.Count == 0)
        {
            return null;
        }

        IEnumerable<Plan> scope;
        string[] rest;
        if (parts.Count > 1 && Scope(ancestors, parts[0]) is { } named)
        {
            scope = named;
            rest = [.. parts.Skip(1)];
        }
        else
        {
            scope = ancestors;
            rest = [.. parts];
        }

        var key = string.Join(".", rest);
        foreach (var plan in scope)
        {
            if (plan.FindItem(key) is { } item)
            {
                return (item, plan);
            }
        }

        return null;
    }

    /// <summary>
    /// The plans above that a reference's head names: the parent for 上级/parent, the ancestors of a level for 省级/市级
    /// (<see cref="Words.UpwardPrefixes"/>), the ancestor of that id; null when the head names none (a bare id).
    /// </summary>
    /// <param name="ancestors">Parent first.</param>
    public static IEnumerable<Plan>? Scope(IReadOnlyList<Plan> ancestors, string head)
    {
        if (Words.FindUpward(head) is { } prefix)
        {
            return prefix.Level is { } level ? ancestors.Where(a => a.Header.Level == level) : ancestors.Take(1);
        }

        return ancestors.FirstOrDefault(a => a.Header.Id == head) is { } named ? [named] : null;
    }

    public static int LevelRank(PlanLevel? level) => level is { } l ? (int)l : -1;

    /// <summary>Whether a region label (from a parent's per-region table) names this plan's region.</summary>
    public static bool NamesRegion(string label, Plan plan)
    {
        var region = plan.Header.Region;
        var full = plan.Header.RegionFullName;
        return (region is not null && (label == region || label.StartsWith(region, StringComparison.Ordinal)))
            || (full is not null && label == full);
    }
}
