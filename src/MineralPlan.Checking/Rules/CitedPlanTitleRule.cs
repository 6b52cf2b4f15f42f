using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A 《…》 in the plan's 依据 or text that names a plan above this one (its region, 矿产资源 and 规划, and the same
/// period) must be that plan's exact title: 《辽宁省矿产资源规划（2021-2025年）》 names no document when the province's
/// plan is 《辽宁省矿产资源总体规划（2021-2025年）》 (issue "review-grade checking": citations; DOMAIN.md §3 C17).
/// Dashes, spaces and bracket widths are not differences.
/// </summary>
public sealed class CitedPlanTitleRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3018", DiagnosticSeverity.Warning, "A plan above cited by another title",
        "《{0}》 names the plan above ({1}), whose title is 《{2}》; cite it exactly",
        "《{0}》指上级规划（{1}），其标题为《{2}》；请准确引用");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (citations: a plan above cited by its exact title); DOMAIN.md §3 C17";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (cited, span) in PlanText.Citations(context.Plan))
        {
            if (context.Ancestors.FirstOrDefault(a => Names(a, cited)) is not { Header.Title: { } title } plan || TitleText.Normalise(title) == TitleText.Normalise(cited))
            {
                continue;
            }

            var at = Finding.NameSpan(context, span, cited);
            var finding = Finding.At(Rule, at, cited, plan.Header.Id, title).WithRelated(Finding.InParent(plan.Header.Span, plan, "标题 / title"));
            yield return at == span ? finding : finding.WithFix(Finding.Replace(at, title, $"Cite 《{title}》", $"改为《{title}》"));
        }
    }

    /// <summary>The citation is of <paramref name="plan"/>: its region, a mineral resources plan, of its period.</summary>
    private static bool Names(Plan plan, string cited) =>
        plan.Header.Region is { Length: > 0 } region && cited.StartsWith(region, StringComparison.Ordinal)
        && cited.Contains("矿产资源", StringComparison.Ordinal) && cited.Contains("规划", StringComparison.Ordinal)
        && (plan.Header.PeriodFrom is not { } from || cited.Contains(from.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
}
