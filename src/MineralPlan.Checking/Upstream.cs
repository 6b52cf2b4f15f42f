using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking;

/// <summary>Resolves references into the plans above: <c>上级.x</c>/<c>parent.x</c> (the parent), <c>省级.x</c>/<c>市级.x</c> (the ancestor of that level), <c>planid.x</c>, or a bare id searched upwards.</summary>
public static class Upstream
{
    public static (PlanItem Item, Plan Plan)? Resolve(RuleContext context, Reference reference)
    {
        if (context.Ancestors.Count == 0)
        {
            return null;
        }

        IEnumerable<Plan> scope;
        string[] rest;
        var head = reference.Parts[0];
        if (reference.Parts.Length > 1 && head is "上级" or "parent")
        {
            scope = [context.Ancestors[0]];
            rest = [.. reference.Parts.Skip(1)];
        }
        else if (reference.Parts.Length > 1 && head is "省级" or "市级")
        {
            var level = head == "省级" ? "province" : "city";
            scope = context.Ancestors.Where(a => a.Header.Level == level);
            rest = [.. reference.Parts.Skip(1)];
        }
        else if (reference.Parts.Length > 1 && context.Ancestors.FirstOrDefault(a => a.Header.Id == head) is { } named)
        {
            scope = [named];
            rest = [.. reference.Parts.Skip(1)];
        }
        else
        {
            scope = context.Ancestors;
            rest = [.. reference.Parts];
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

    public static int LevelRank(string? level) => level switch
    {
        "national" => 0,
        "province" => 1,
        "city" => 2,
        "county" => 3,
        _ => -1,
    };

    /// <summary>Whether a region label (from a parent's per-region table) names this plan's region.</summary>
    public static bool NamesRegion(string label, Plan plan)
    {
        var region = plan.Header.Region;
        var full = plan.Header.RegionFullName;
        return (region is not null && (label == region || label.StartsWith(region, StringComparison.Ordinal)))
            || (full is not null && label == full);
    }
}
