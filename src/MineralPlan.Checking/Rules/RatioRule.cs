using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>A share stated with its counts must equal them (DOMAIN.md §3: "ratios = counts"; §2.8 大中型比例 = (大+中)/总数).</summary>
public sealed class RatioRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2003", DiagnosticSeverity.Error, "A share disagrees with its counts",
        "'{0}' is stated as {1}, but {2} / {3} = {4}; correct the share or the counts",
        "“{0}”写为 {1}，但 {2} / {3} = {4}；请修正比例或数量");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 internal rules (ratios = counts), §2.8";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var fact in context.Plan.OfType<Fact>())
        {
            if (fact.Value is not { } stated || fact.Numerator is null || fact.Denominator is null)
            {
                continue;
            }

            var n = ValueLookup.Lookup(context.Plan, fact.Numerator).Quantity;
            var d = ValueLookup.Lookup(context.Plan, fact.Denominator).Quantity;
            if (n is null || d is null || d.BaseValue == 0 || (n.Unit is { } nu && d.Unit is { } du && !nu.IsCompatibleWith(du)))
            {
                continue;
            }

            var percent = stated.Unit?.Dimension == Semantics.Units.Dimension.Percent;
            var computed = n.BaseValue / d.BaseValue * (percent ? 100m : 1m);
            if (Math.Abs(computed - stated.Value) > Quantities.RoundingOf(stated) + 0.0000001m)
            {
                var shown = Quantity.Format(Math.Round(computed, 4)) + (percent ? "%" : string.Empty);
                yield return Finding.At(Rule, stated.Span, fact.DisplayName, stated.Display, n.Display, d.Display, shown) with
                {
                    Derivation = new Derivation([new DerivationInput(n.Display, n.Span), new DerivationInput(d.Display, d.Span)], "/",
                        $"= {shown} ≠ {stated.Display} ({stated.Span})"),
                };
            }
        }
    }
}
