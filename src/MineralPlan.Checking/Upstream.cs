using MineralPlan.Semantics.Model;

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
        var head = parts[0];
        if (parts.Count > 1 && head is "上级" or "parent")
        {
            scope = [ancestors[0]];
            rest = [.. parts.Skip(1)];
        }
        else if (parts.Count > 1 && head is "省级" or "市级")
        {
            var level = head == "省级" ? PlanLevel.Province : PlanLevel.City;
            scope = ancestors.Where(a => a.Header.Level == level);
            rest = [.. parts.Skip(1)];
        }
        else if (parts.Count > 1 && ancestors.FirstOrDefault(a => a.Header.Id == head) is { } named)
        {
            scope = [named];
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
