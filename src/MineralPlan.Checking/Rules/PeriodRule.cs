using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>The plan's years fit together: base year just before the period, outlook after it, status facts not after the base year (DOMAIN.md C20; both seeds: 基期2020, 2021-2025, 展望2035).</summary>
public sealed class PeriodRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2005", DiagnosticSeverity.Error, "Years of the plan do not fit together",
        "{0}; check the plan header",
        "{0}；请检查规划头部的年份");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C20 (基期 2020, 目标 2025, 展望 2035)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var h = context.Plan.Header;
        if (h.BaseYear is { } baseYear && h.PeriodFrom is { } from && baseYear != from - 1)
        {
            yield return Finding.At(Rule, h.BaseYearSpan ?? h.Span, $"base year {baseYear} is not the year before the period starts ({from}) / 基期 {baseYear} 不是规划期首年（{from}）的前一年");
        }

        if (h.Outlook is { } outlook && h.PeriodTo is { } to && outlook <= to)
        {
            yield return Finding.At(Rule, h.PeriodSpan ?? h.Span, $"outlook year {outlook} is not after the period's end ({to}) / 展望年 {outlook} 不在规划期末（{to}）之后");
        }

        foreach (var fact in context.Plan.OfType<Fact>())
        {
            if (fact.Year is { } year && h.BaseYear is { } b && year > b)
            {
                yield return Finding.At(Rule, fact.Span, $"status fact '{fact.DisplayName}' is dated {year}, after the base year {b} / 现状“{fact.DisplayName}”的年份 {year} 晚于基期 {b}");
            }
        }
    }
}
