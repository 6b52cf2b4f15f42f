using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A count the plan declares for things it lists fewer of, or none (issue "review-grade checking": declared but
/// absent): "全县共18个矿种设置最低规模准入条件" with one 最低开采规模 in the plan, "拟设置勘查规划区块17个" with no block.
/// The reader is promised content the plan does not contain. Information: a plan may rightly leave a table to an
/// annex; a count that lists some but a different number of zones or blocks is MP2006's error, and a count split by
/// region (按行政区) allots items that the lower plans list.
/// </summary>
public sealed class DeclaredButAbsentRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2023", DiagnosticSeverity.Info, "Declared but not listed",
        "'{0}' declares {1}, but the plan lists {2} ({3}); list them (as {4} items), or say where they are",
        "“{0}”称有 {1}，但本规划仅列出 {2}（{3}）；请逐项列出（{4}），或注明其所在");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (declared but absent); DOMAIN.md §3 internal rules (every count statement is a constraint)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var plan = context.Plan;
        foreach (var fact in plan.OfType<Fact>())
        {
            if (fact is not { Counts: { } counted, Value: { Comparator: Syntax.Tree.Comparator.Equal } value })
            {
                continue;
            }

            var items = plan.Items.Where(i => i.Kind == counted).ToList();
            // "N 个矿种…": what is counted is the minerals the items name, not the items.
            var byMineral = (fact.Name ?? string.Empty).Contains("矿种", StringComparison.Ordinal) || value.Unit?.Symbol == "种";
            var listed = byMineral ? items.SelectMany(i => i.Minerals).Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList() : [.. items.Select(i => i.DisplayName)];
            if (listed.Count < value.Value)
            {
                yield return Finding.At(Rule, value.Span, fact.DisplayName, value.Display, listed.Count, Names(listed), Semantics.Schema.Words.Blocks.Find(counted)?.Chinese ?? counted);
            }
        }

        // A count split by region (按行政区) is an allotment: its items are the lower plans' to list.
        foreach (var count in plan.OfType<DeclaredCount>().Where(c => c.ByRegion.IsEmpty))
        {
            if (count is not { Subject: { } subject, Total: { Value: > 0 } total })
            {
                continue;
            }

            var any = plan.Items.Any(i => CountSubjects.Counts(i, subject));
            if (!any)
            {
                yield return Finding.At(Rule, total.Span, count.DisplayName, total.Display, 0, "-", CountSubjects.Name(subject));
            }
        }
    }

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "-" : string.Join("、", names.Take(5)) + (names.Count > 5 ? "…" : string.Empty);
}
