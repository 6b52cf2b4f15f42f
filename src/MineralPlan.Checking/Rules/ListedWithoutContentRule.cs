using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A 附表 or 附图 the document lists but the plan gives no content for: a table with neither rows nor a data source,
/// a figure in a plan that draws nothing (no boundary anywhere). The reader is promised something the plan does not
/// contain; information, not an error, since plans often publish their tables and maps separately.
/// </summary>
public sealed class ListedWithoutContentRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2014", DiagnosticSeverity.Info, "Listed but without content",
        "{0} '{1}' is listed in the document but the plan has no content for it; add its rows (行 or 来源) or boundaries, or say where it is published",
        "{2}“{1}”列入了文本，但规划中没有其内容；请补充（表格的行或来源、附图的边界），或注明另行发布");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking, 'declared but absent' (seed 001 lists 附表1–15 and 附图1–5 without their content)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var plan = context.Plan;
        var inserted = Semantics.Binding.ReferenceChecker.Insertions(plan.Document).Select(i => i.Target.Text).ToHashSet(StringComparer.Ordinal);
        var draws = plan.Header.Boundary is not null || plan.Items.Any(i => i is Zone { Boundary: not null } or PlanningBlock { Boundary: not null });
        foreach (var item in plan.Items.Where(i => i.Id is not null && inserted.Contains(i.Id)))
        {
            switch (item)
            {
                case PlanTable { Source: null, Columns.Length: 0, Rows.Length: 0 } table:
                    var kind = table.TableKind == TableKind.Appendix ? ("appendix table", "附表") : table.TableKind == TableKind.Box ? ("box", "专栏") : ("table", "表格");
                    yield return Finding.At(Rule, table.Span, kind.Item1, table.DisplayName, kind.Item2);
                    break;
                case Figure figure when !draws:
                    yield return Finding.At(Rule, figure.Span, "figure", figure.DisplayName, "附图");
                    break;
            }
        }
    }
}
