using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// An annual extraction total or control indicator is within the share the upper plan allocates to
/// this region, after unit conversion (铁岭 writes 0.003 亿吨 = 30 万吨) (DOMAIN.md C4).
/// </summary>
public sealed class QuotaAllocationRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3010", DiagnosticSeverity.Error, "Above the upper plan's allocation",
        "'{0}' for {1} is {2}, above the {3} that '{4}' allocates to {5}; stay within the allocation",
        "“{0}”中{1}为 {2}，超过上级规划“{4}”分解给{5}的 {3}；不得超过分解指标");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C4 (开采总量 ≤ 分解指标); seed 000 (落实朝阳市分解开采指标)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var allocations = context.Ancestors.SelectMany(p =>
            p.OfType<Quota>().Select(q => ((PlanItem)q, q.Allocation, p))
             .Concat(p.OfType<Indicator>().Select(i => ((PlanItem)i, i.Allocation, p))))
            .Where(a => a.Allocation.Length > 0).ToList();
        foreach (var (item, value) in Amounts(context.Plan))
        {
            foreach (var (upstream, allocation, plan) in allocations.Where(a => a.Item1.Minerals.Any(m => item.Minerals.Any(x => x.Key == m.Key))))
            {
                var share = allocation.FirstOrDefault(s => Upstream.NamesRegion(s.Label, context.Plan));
                if (share?.Quantity.Unit is { } su && value.Unit is { } vu && su.IsCompatibleWith(vu) && value.BaseValue > share.Quantity.BaseValue)
                {
                    yield return Finding.At(Rule, value.Span, item.DisplayName, string.Join("、", item.Minerals.Select(m => m.Written)), value.Display,
                        share.Quantity.Display, plan.Header.Id, share.Label).WithRelated(Finding.InParent(upstream, plan)) with
                    {
                        Derivation = new Derivation([new DerivationInput(value.Display, value.Span), new DerivationInput($"{share.Quantity.Display} ({plan.Header.Id})", share.Quantity.Span)], ">",
                            $"(in base units {Quantity.Format(value.BaseValue)} > {Quantity.Format(share.Quantity.BaseValue)})"),
                    };
                }
            }
        }
    }

    private static IEnumerable<(PlanItem, Quantity)> Amounts(Plan plan) =>
        plan.OfType<Quota>().SelectMany(q => q.Value is { } v ? [((PlanItem)q, v)] : Array.Empty<(PlanItem, Quantity)>())
            .Concat(plan.OfType<Indicator>().SelectMany(i => i is { Basis: TargetBasis.Annual, Value: { } v } ? [((PlanItem)i, v)] : Array.Empty<(PlanItem, Quantity)>()));
}
