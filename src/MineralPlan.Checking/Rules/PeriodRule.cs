using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>The plan's years fit together: base year just before the period, outlook after it, (DOMAIN.md C20; both seeds: 基期2020, 2021-2025, 展望2035).</summary>
public sealed class PeriodRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2005", DiagnosticSeverity.Error, "Years of the plan do not fit together",
        "基期 {0}, 规划期 {1}-{2} and 展望 {3} do not fit together: the base year is the year before the period starts and the outlook year comes after it; correct the plan header",
        "基期 {0}、规划期 {1}-{2} 与展望 {3} 不相符：基期应为规划期首年的前一年，展望年应在规划期之后；请修正规划头部");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C20 (基期 2020, 目标 2025, 展望 2035)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var h = context.Plan.Header;
        if (h.BaseYear is not { } baseYear || h.PeriodFrom is not { } from || h.PeriodTo is not { } to)
        {
            yield break;
        }

        var outlook = h.Outlook ?? to + 1;
        if (baseYear != from - 1 || outlook <= to)
        {
            yield return Finding.At(Rule, baseYear != from - 1 ? h.BaseYearSpan ?? h.Span : h.PeriodSpan ?? h.Span,
                baseYear, from, to, h.Outlook?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
        }
    }
}
