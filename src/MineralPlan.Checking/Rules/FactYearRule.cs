using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>A status fact (现状) describes the base year or earlier; one dated later belongs among the targets (DOMAIN.md §2.1, §2.8).</summary>
public sealed class FactYearRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2011", DiagnosticSeverity.Error, "Status fact after the base year",
        "the status fact '{0}' is dated {1}, after the base year {2}; a figure for a later year is a target (指标)",
        "现状“{0}”的年份为 {1}，晚于基期 {2}；基期以后的数值应作为指标");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §2.1 (基期), §2.8 (baseline vs target)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        if (context.Plan.Header.BaseYear is not { } baseYear)
        {
            yield break;
        }

        foreach (var fact in context.Plan.OfType<Fact>().Where(f => f.Year > baseYear))
        {
            yield return Finding.At(Rule, fact.Span, fact.DisplayName, fact.Year, baseYear);
        }
    }
}
