using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// The text names another region of the same parent (a sibling county), the trace of a paragraph
/// pasted from a neighbour's plan (DOMAIN.md §3: "names of other regions not present outside
/// legitimate cross-boundary zone names"; ARCHITECTURE.md: "another county's name pasted in").
/// Zone and block names are not text and are not searched.
/// </summary>
public sealed class ForeignRegionRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2007", DiagnosticSeverity.Warning, "Text names another region",
        "this paragraph of the {0} plan names {1}, another region under {2}; check whether the sentence was copied from that region's plan",
        "本段出现了“{1}”，它是{2}下辖的另一行政区，不是{0}；请核实此句是否由其他地区规划照搬");

    public DiagnosticDescriptor Descriptor => Rule;


    public string Source => "DOMAIN.md §3 internal rules (names of other regions); ARCHITECTURE.md (another county's name pasted in)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        if (context.Ancestors.Count == 0)
        {
            yield break;
        }

        var parent = context.Ancestors[0];
        var own = context.Plan.Header.Region ?? string.Empty;
        var siblings = parent.Header.Subregions.Where(s => s != own && s != context.Plan.Header.RegionFullName).ToList();
        foreach (var (text, span) in PlanText.Paragraphs(context.Plan))
        {
            foreach (var sibling in siblings.Where(s => text.Contains(s, StringComparison.Ordinal)))
            {
                yield return Finding.At(Rule, Finding.NameSpan(context, span, sibling), own, sibling, parent.Header.Region ?? parent.Header.Id)
                    .WithRelated(Finding.InParent(parent.Header.Span, parent, "下辖行政区 / subregions"));
            }
        }
    }
}
