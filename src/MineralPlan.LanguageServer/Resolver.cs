using MineralPlan.Checking;
using MineralPlan.Semantics.Model;

namespace MineralPlan.LanguageServer;

/// <summary>The item an occurrence names, in the plan it belongs to or above it, and which of its parts names the item.</summary>
internal sealed record Resolved(PlanItem Item, Plan Plan, int PartIndex);

/// <summary>
/// What a name in a plan refers to: an item of the plan itself (the longest leading parts that name one, so
/// <c>zk_count.by_level.省级</c> finds <c>zk_count</c>), else an item of the plans above (<see cref="Upstream"/>).
/// </summary>
internal static class Resolver
{
    public static Resolved? Resolve(Occurrence occurrence, Plan plan, IReadOnlyList<Plan> ancestors)
    {
        var parts = occurrence.Parts.Select(p => p.Text).ToList();
        if (occurrence.IsDeclaration)
        {
            return plan.FindItem(parts[0]) is { } declared ? new Resolved(declared, plan, 0) : null;
        }

        for (var count = parts.Count; count >= 1; count--)
        {
            if (plan.FindItem(string.Join(".", parts.Take(count))) is { } local)
            {
                return new Resolved(local, plan, count - 1);
            }
        }

        var upward = Upstream.Resolve(ancestors, parts);
        if (upward is { } found)
        {
            // 上级.x, 省级.x and planid.x name the item in their second part; a bare id in its first.
            var qualified = parts.Count > 1 && Upstream.Scope(ancestors, parts[0]) is not null;
            return new Resolved(found.Item, found.Plan, qualified ? 1 : 0);
        }

        return null;
    }
}
