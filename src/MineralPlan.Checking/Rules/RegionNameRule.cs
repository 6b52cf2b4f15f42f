using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A region is named with the wrong administrative suffix (开原县 for 开原市): the text names a place
/// that does not exist (ARCHITECTURE.md: "a wrong name"; DOMAIN.md §3 internal rules on region names).
/// Known regions: this plan's, its sub-regions, its parent's and the parent's sub-regions.
/// </summary>
public sealed class RegionNameRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2013", DiagnosticSeverity.Warning, "Region named with the wrong suffix",
        "'{0}' is not a region; the region is {1}; correct the name",
        "“{0}”不是行政区名称，应为“{1}”；请更正");

    // 区 is left out of the wrong spellings: it runs on into ordinary words (铁岭区段, 区域, 区内).
    private static readonly string[] Suffixes = ["市", "县"];

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "ARCHITECTURE.md (a wrong name in the seeds); DOMAIN.md §3 internal rules";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var plans = context.Ancestors.Take(1).Prepend(context.Plan);
        var known = plans.SelectMany(p => p.Header.Subregions.Append(p.Header.Region ?? string.Empty))
            .Where(n => n.Length >= 3).ToHashSet(StringComparer.Ordinal);
        var wrong = known
            .Where(n => n[^1] is '市' or '县' or '区')
            .SelectMany(n => Suffixes.Where(s => s != n[^1..]).Select(s => (Wrong: n[..^1] + s, Right: n)))
            .Where(w => !known.Contains(w.Wrong))
            .ToList();
        // Paragraphs only: a zone's 位置 restates the text and would report the same slip twice.
        var texts = PlanText.Paragraphs(context.Plan);
        foreach (var (text, span) in texts)
        {
            foreach (var (bad, right) in wrong.Where(w => text.Contains(w.Wrong, StringComparison.Ordinal)))
            {
                var at = Finding.NameSpan(context, span, bad);
                var finding = Finding.At(Rule, at, bad, right);
                yield return at == span ? finding : finding.WithFix(Finding.Replace(at, right, $"Write '{right}'", $"改为“{right}”"));
            }
        }
    }


}
