using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A total stated with its parts must equal their sum, within the rounding of the numbers as
/// written (DOMAIN.md §3 internal rules: "Σparts = totals"; "every count statement compiles to a Σ constraint").
/// </summary>
public sealed class PartsSumRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2001", DiagnosticSeverity.Error, "Parts do not add up to the total",
        "the parts of '{0}' add up to {1}, but the total is stated as {2}; correct the total or the parts",
        "“{0}”的各组成之和为 {1}，但总数写为 {2}；请修正总数或组成");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 (internal rules: Σparts = totals)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var fact in context.Plan.OfType<Fact>())
        {
            if (fact.Value is not { } total || fact.Parts.Length == 0 || total.Comparator != Syntax.Tree.Comparator.Equal)
            {
                continue;
            }

            var parts = fact.Parts.Select(p => p.Quantity).ToList();
            if (!Quantities.AllCompatible(parts.Append(total)))
            {
                continue; // mixed units are MP2002's finding; a sum would be meaningless
            }

            var sum = parts.Sum(p => p.BaseValue);
            if (!Quantities.EqualWithinRounding(sum, total, parts))
            {
                var number = Quantity.Format(total.Unit?.FromBase(sum) ?? sum);
                var shown = number + (total.UnitText ?? string.Empty);
                var finding = Diagnostic.Create(Rule, total.Span, fact.DisplayName, shown, total.Display) with
                {
                    ModelPath = $"facts[{fact.Id}].value",
                    Derivation = new Derivation([.. fact.Parts.Select(p => new DerivationInput(p.Quantity.Display, p.Quantity.Span))], "+",
                        $"= {shown} ≠ {total.Display} ({total.Span})"),
                };
                var at = Finding.NameSpan(context, total.Span, total.NumberText);
                yield return at == total.Span && total.UnitText is not null ? finding
                    : finding.WithFix(Finding.Replace(at, number, $"Set the total to the sum of its parts, {shown}", $"将总数改为各组成之和 {shown}"));
            }
        }
    }
}
