using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Units;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A percentage of a whole count must be one that some whole number of its parts gives at the precision written:
/// 26.92% of 211 mines is no count of mines (56 give 26.54%, 57 give 27.01%). The nearest achievable shares are in
/// the message. Applies to a share of a whole alone (<c>比值: [whole]</c>); with its part stated, MP2003 compares exactly (issue "review-grade checking": achievable ratios; DOMAIN.md §3, ratios = counts).
/// </summary>
public sealed class AchievableShareRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2015", DiagnosticSeverity.Warning, "No whole count gives this share",
        "'{0}' is stated as {1} of {2}, but no whole number of them gives that: {3} give {4} and {5} give {6}; correct the share or the whole",
        "“{0}”写为 {2} 的 {1}，但没有整数个能得到该比例：{3} 个为 {4}，{5} 个为 {6}；请修正比例或总数");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (achievable ratios); DOMAIN.md §3 internal rules (ratios = counts)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var fact in context.Plan.OfType<Fact>())
        {
            // With its part stated too the share is compared with part / whole exactly (MP2003), which says more.
            if (fact.Value is not { Unit.Dimension: Dimension.Percent } stated || fact.Denominator is null || fact.Numerator is not null
                || ValueLookup.Lookup(context.Plan, fact.Denominator).Quantity is not { Unit.Dimension: Dimension.Count } whole)
            {
                continue;
            }

            var n = whole.BaseValue;
            if (n <= 0 || n != decimal.Truncate(n) || n > 1_000_000)
            {
                continue;
            }

            // The counts on either side of the stated share; one of them must round to it at the written precision.
            var below = decimal.Floor(stated.Value * n / 100m);
            var tolerance = Quantities.RoundingOf(stated);
            if (new[] { below, below + 1 }.Any(k => k >= 0 && k <= n && Math.Abs((k * 100m / n) - stated.Value) <= tolerance))
            {
                continue;
            }

            string Share(decimal k) => Quantity.Format(Math.Round(k * 100m / n, Decimals(stated.NumberText), MidpointRounding.AwayFromZero)) + "%";
            yield return Finding.At(Rule, stated.Span, fact.DisplayName, stated.Display, whole.Display,
                Quantity.Format(below), Share(below), Quantity.Format(below + 1), Share(below + 1)) with
            {
                Derivation = new Derivation([new DerivationInput(stated.Display, stated.Span), new DerivationInput(whole.Display, whole.Span)], "×",
                    $"= {Quantity.Format(Math.Round(stated.Value * n / 100m, 4))}, no whole number"),
            };
        }
    }

    private static int Decimals(string number) => number.IndexOf('.') is var dot and >= 0 ? number.Length - dot - 1 : 0;
}
