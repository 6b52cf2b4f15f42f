using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules.TextTables;

/// <summary>
/// The text states a target the table also holds, as an item of its own, with another figure (issue "review-grade
/// checking": an encoding must not escape the text-vs-table comparison by declaring the text's figure separately).
/// The same target is the same mineral, 口径 and kind of unit (or, with no mineral, the same name); a figure linked
/// with 对应 is MP2008's. An intended difference is accepted with 例外 (LANGUAGE.md "Text and tables").
/// </summary>
public sealed class TextTableFigureRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2021", DiagnosticSeverity.Error, "The text and the table give one target different figures",
        "the text states '{0}' as {1}, but '{2}' in '{3}' is the same target with {4}; make them agree (or link the text's figure with 对应)",
        "正文中“{0}”为 {1}，但“{3}”中同一目标“{2}”为 {4}；请使两者一致（或以“对应”关联）");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (text vs tables); DOMAIN.md §3 internal rules (text numbers = table numbers)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var statements = TargetStatements.Of(context.Plan);
        foreach (var textItem in statements.InText.Keys.Where(i => i.SameAs is null && !statements.IsInTable(i)).OrderBy(i => i.Span.Offset))
        {
            if (statements.Twin(context.Plan, textItem) is not { Value: { } table } twin || textItem.Value is not { } text)
            {
                continue;
            }

            if (Quantities.Disagree(text, table))
            {
                var tableName = statements.InTables.First(r => ReferenceEquals(r.Indicator, twin)).Table.DisplayName;
                yield return Finding.At(Rule, text.Span, textItem.DisplayName, text.Display, twin.DisplayName, tableName, table.Display)
                    .WithRelated(Finding.Here(table.Span, "the table's figure", "表中数值")) with
                {
                    Derivation = new Derivation([new DerivationInput(text.Display, text.Span), new DerivationInput(table.Display, table.Span)], "≠", "(text ≠ table)"),
                };
            }
        }
    }
}
