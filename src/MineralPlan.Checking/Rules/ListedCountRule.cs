using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A count of kinds stated with the list of them (已发现矿产 27 种 followed by the 27 names) must equal the list's
/// length (issue "review-grade checking": counts of listed sets; DOMAIN.md §3, every count statement is a Σ constraint).
/// </summary>
public sealed class ListedCountRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2016", DiagnosticSeverity.Error, "A count disagrees with its list",
        "'{0}' is stated as {1}, but its list names {2} ({3}); correct the count or the list",
        "“{0}”写为 {1}，但所列矿种为 {2} 种（{3}）；请修正数量或名单");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (counts of listed sets); DOMAIN.md §3 internal rules (every count statement compiles to a Σ constraint)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var item in context.Plan.Items.Where(i => i is Fact or Indicator && i.Minerals.Length > 0))
        {
            var value = (item as Fact)?.Value ?? (item as Indicator)?.Value;
            // 种 counts kinds, and only an exact count (no ≥, 约) is a claim about the list.
            if (value is not { Unit.Symbol: "种", Comparator: Syntax.Tree.Comparator.Equal })
            {
                continue;
            }

            var kinds = item.Minerals.Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
            if (kinds.Count != value.Value)
            {
                var listed = item.Minerals.DistinctBy(m => m.Key).ToList();
                yield return Finding.At(Rule, value.Span, item.DisplayName, value.Display, kinds.Count, string.Join("、", kinds)) with
                {
                    Derivation = new Derivation([.. listed.Select(m => new DerivationInput("1 " + m.Written, m.Span))], "+", $"= {kinds.Count} ≠ {value.Display} ({value.Span})"),
                };
            }
        }
    }
}
