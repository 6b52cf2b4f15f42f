using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>A carried-out zone or block keeps the upstream item's kind, level, minerals and name (DOMAIN.md C7, C14).</summary>
public sealed class CarriedMismatchRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3005", DiagnosticSeverity.Error, "Carried-out item differs from upstream",
        "'{0}' carries out '{1}' but its {2} is {3} where the upstream plan has {4}; carry it out unchanged",
        "“{0}”落实“{1}”，但其{5}为 {3}，上级规划为 {4}；落实时应保持一致");

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

            foreach (var (en, zh, mine, theirs) in Fields(item, upstream))
            {
                if (mine is not null && theirs is not null && mine != theirs)
                {
                    yield return Finding.At(Rule, item.Span, item.DisplayName, upstream.DisplayName, en, mine, theirs, zh)
                        .WithRelated(Finding.InParent(upstream, plan));
                }
            }
        }
    }

    /// <summary>
    /// The fields compared, each value as the plan writes it (the Chinese word of a kind or level, as in the documents):
    /// a message in either language quotes the plans, and the enum's English identifier would be neither.
    /// </summary>
    private static IEnumerable<(string En, string Zh, string? Mine, string? Theirs)> Fields(PlanItem mine, PlanItem theirs)
    {
        yield return ("name", "名称", mine.Name, theirs.Name);
        yield return ("minerals", "矿种", Minerals(mine), Minerals(theirs));
        switch (mine, theirs)
        {
            case (Zone a, Zone b):
                yield return ("kind", "类型", a.ZoneKind?.Chinese(), b.ZoneKind?.Chinese());
                yield return ("level", "级别", a.Level?.Chinese(), b.Level?.Chinese());
                break;
            case (PlanningBlock a, PlanningBlock b):
                yield return ("kind", "类型", a.BlockKind?.Chinese(), b.BlockKind?.Chinese());
                yield return ("level", "级别", a.Level?.Chinese(), b.Level?.Chinese());
                yield return ("area", "面积", a.Area?.Display, b.Area?.Display);
                break;
            default:
                yield return ("kind", "类型", ItemKind(mine), ItemKind(theirs));
                break;
        }
    }

    private static string ItemKind(PlanItem item) => Semantics.Schema.Words.Blocks.Find(item.Kind)?.Chinese ?? item.Kind;

    private static string? Minerals(PlanItem item) =>
        item.Minerals.IsEmpty ? null : string.Join("、", item.Minerals.Select(m => m.Key).Order(StringComparer.Ordinal));
}
