using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules.TextTables;

/// <summary>
/// A target the text states that no targets table holds (issue "review-grade checking": text vs tables). The reader
/// of 专栏一 does not see it; the table is where targets are examined (DOMAIN.md §3, "text numbers = table numbers").
/// </summary>
public sealed class TextOnlyTargetRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2019", DiagnosticSeverity.Warning, "A target of the text is not in the targets table",
        "the text states the target '{0}' ({1}), but '{2}' has no row for it; add it to the table (条目), or link the text's figure to a row with 对应",
        "正文提出目标“{0}”（{1}），但“{2}”中没有该项；请将其列入表格（条目），或以“对应”指向表中一行");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (text vs tables); DOMAIN.md §3 internal rules (text numbers = table numbers)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var statements = TargetStatements.Of(context.Plan);
        if (statements.Tables.IsEmpty)
        {
            yield break;
        }

        var table = statements.Tables[0];
        foreach (var (indicator, mention) in statements.InText.OrderBy(p => p.Value.Span.Offset))
        {
            if (statements.IsInTable(indicator) || statements.Twin(context.Plan, indicator) is not null)
            {
                continue;
            }

            yield return Finding.At(Rule, mention.Span, indicator.DisplayName, indicator.Value?.Display ?? "-", table.DisplayName)
                .WithRelated(Finding.Here(indicator.Span, "the target", "该目标"), Finding.Here(table.Span, "the targets table", "目标表"));
        }
    }
}
