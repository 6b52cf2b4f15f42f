using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>A carried-out zone or block keeps the upstream item's kind, level, minerals and name (DOMAIN.md C7, C14).</summary>
public sealed class CarriedMismatchRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3005", DiagnosticSeverity.Error, "Carried-out item differs from upstream",
        "'{0}' carries out '{1}' but its {2} is {3} where the upstream plan has {4}; carry it out unchanged",
        "“{0}”落实“{1}”，但其{2}为 {3}，上级规划为 {4}；落实时应保持一致");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C7 (same 名称/编号, 矿种), C14 (same name, 矿种 and 级别)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var item in context.Plan.Items)
        {
            var carries = item switch { Zone z => z.Carries, PlanningBlock b => b.Carries, _ => null };
            if (carries is null || Upstream.Resolve(context, carries) is not var (upstream, plan))
            {
                continue;
            }

            foreach (var (field, mine, theirs) in Fields(item, upstream))
            {
                if (mine is not null && theirs is not null && mine != theirs)
                {
                    yield return Finding.At(Rule, item.Span, item.DisplayName, upstream.DisplayName, field, mine, theirs)
                        .WithRelated(Finding.InParent(upstream, plan));
                }
            }
        }
    }

    private static IEnumerable<(string Field, string? Mine, string? Theirs)> Fields(PlanItem mine, PlanItem theirs)
    {
        yield return ("名称 / name", mine.Name, theirs.Name);
        yield return ("矿种 / minerals", Minerals(mine), Minerals(theirs));
        switch (mine, theirs)
        {
            case (Zone a, Zone b):
                yield return ("类型 / kind", a.ZoneKind?.Word(), b.ZoneKind?.Word());
                yield return ("级别 / level", a.Level?.Word(), b.Level?.Word());
                break;
            case (PlanningBlock a, PlanningBlock b):
                yield return ("类型 / kind", a.BlockKind?.Word(), b.BlockKind?.Word());
                yield return ("级别 / level", a.Level?.Word(), b.Level?.Word());
                yield return ("面积 / area", a.Area?.Display, b.Area?.Display);
                break;
            default:
                yield return ("类型 / kind", mine.Kind, theirs.Kind);
                break;
        }
    }

    private static string? Minerals(PlanItem item) =>
        item.Minerals.IsEmpty ? null : string.Join("、", item.Minerals.Select(m => m.Key).Order(StringComparer.Ordinal));
}
