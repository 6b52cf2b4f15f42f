using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// Seen from the upper plan: when the plans below it are in the workspace, each one declares exactly
/// what this plan's per-region table allots to it (铁岭's 29 concentrated zones by county, 专栏五)
/// (DOMAIN.md C12: "count(county zones) == city.allotment[county]").
/// </summary>
public sealed class ChildrenAllotmentRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3014", DiagnosticSeverity.Error, "A lower plan does not carry out this plan's table",
        "this plan allots {0} {1} to {2}, but the {2} plan '{3}' declares {4}; correct the table or the lower plan",
        "本规划为{2}安排{1} {0}，但{2}规划“{3}”为 {4}；请修正本表或下级规划");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C12; ARCHITECTURE.md (children's counts add up to the parent's per-region table)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var allot in context.Plan.OfType<DeclaredCount>().Where(c => c.ByRegion.Length > 0))
        {
            if (allot.Subject is not { } subject)
            {
                continue;
            }

            foreach (var share in allot.ByRegion)
            {
                var child = context.Children.FirstOrDefault(c => Upstream.NamesRegion(share.Label, c));
                if (child is null)
                {
                    continue;
                }

                var (declared, span) = AllotmentRule.Declared(child, subject, allot.Level);
                if (declared is not null && declared != share.Quantity.Value)
                {
                    var what = (Semantics.Schema.Words.BlockKinds.Find(subject) ?? Semantics.Schema.Words.ZoneKinds.Find(subject))?.Chinese;
                    yield return Finding.At(Rule, share.Span, share.Quantity.Display, what, share.Label, child.Header.Id, Quantity.Format(declared.Value))
                        .WithRelated(Finding.Here(span, $"the {child.Header.Id} plan's figure", $"下级规划 {child.Header.Id} 中的数值"));
                }
            }
        }
    }
}
