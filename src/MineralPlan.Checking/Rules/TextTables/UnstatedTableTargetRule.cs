using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules.TextTables;

/// <summary>
/// A row of a targets table that the text never states (issue "review-grade checking": text vs tables): the text's
/// account of the plan's targets leaves it out, which a reviewer asks about. Information, not an error: a table may
/// rightly hold more detail than the prose.
/// </summary>
public sealed class UnstatedTableTargetRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2020", DiagnosticSeverity.Info, "A target of the table is not stated in the text",
        "'{0}' lists the target '{1}' ({2}), but no paragraph states it; state it in the text where the targets are set out ({{{3}}}), or accept it with 例外",
        "“{0}”列有目标“{1}”（{2}），但正文未提及；请在正文阐述目标处写明（{{{3}}}），或以“例外”说明");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (text vs tables); DOMAIN.md §3 internal rules (text numbers = table numbers)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var statements = TargetStatements.Of(context.Plan);
        if (statements.InText.Count == 0)
        {
            yield break;   // a plan whose text states no target by reference: nothing to hold the table against
        }

        var stated = statements.InText.Keys.ToHashSet<Indicator>(ReferenceEqualityComparer.Instance);
        foreach (var textItem in statements.InText.Keys.Where(i => !statements.IsInTable(i)))
        {
            if (statements.Twin(context.Plan, textItem) is { } twin)
            {
                stated.Add(twin);
            }
        }

        foreach (var (table, indicator, row) in statements.InTables.DistinctBy(r => r.Indicator, ReferenceEqualityComparer.Instance))
        {
            if (!stated.Contains(indicator))
            {
                yield return Finding.At(Rule, row, table.DisplayName, indicator.DisplayName, indicator.Value?.Display ?? "-", indicator.Id ?? indicator.DisplayName)
                    .WithRelated(Finding.Here(indicator.Span, "the target", "该目标"));
            }
        }
    }
}
