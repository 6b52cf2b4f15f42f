using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>An indicator that is 约束性 above stays 约束性 below (DOMAIN.md C5; seed 000 第七章 "约束性指标具有法律效力").</summary>
public sealed class BindingRelaxedRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3011", DiagnosticSeverity.Error, "Binding indicator relaxed",
        "'{0}' is binding (约束性) in '{1}' but {2} here; keep it binding",
        "“{0}”在上级规划“{1}”中为约束性指标，本规划为{2}；应保持约束性");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C5";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var binding = context.Ancestors.SelectMany(p => p.OfType<Indicator>().Concat<PlanItem>(p.OfType<Quota>())
            .Where(i => (i as Indicator)?.Attribute == TargetAttribute.Binding || (i as Quota)?.Attribute == TargetAttribute.Binding).Select(i => (Item: i, Plan: p))).ToList();
        foreach (var mine in context.Plan.OfType<Indicator>().Concat<PlanItem>(context.Plan.OfType<Quota>()))
        {
            var attribute = (mine as Indicator)?.Attribute ?? (mine as Quota)?.Attribute;
            if (attribute is null or TargetAttribute.Binding)
            {
                continue;
            }

            foreach (var (theirs, plan) in binding.Where(b => Same(b.Item, mine)))
            {
                yield return Finding.At(Rule, mine.Span, mine.DisplayName, plan.Header.Id, attribute.Value.Chinese())
                    .WithRelated(Finding.InParent(theirs, plan));
            }
        }
    }

    private static bool Same(PlanItem a, PlanItem b) =>
        a.Name == b.Name && a.Minerals.Select(m => m.Key).Order().SequenceEqual(b.Minerals.Select(m => m.Key).Order());
}
