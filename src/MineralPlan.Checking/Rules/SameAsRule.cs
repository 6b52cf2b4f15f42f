using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>A figure the text states must equal the table figure it restates (对应), after unit conversion (DOMAIN.md §3: "text numbers = table numbers").</summary>
public sealed class SameAsRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2008", DiagnosticSeverity.Error, "Text disagrees with the table",
        "the text states '{0}' as {1}, but '{2}' says {3}; make the text and the table agree",
        "正文中“{0}”为 {1}，但“{2}”为 {3}；请使正文与表格一致");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 internal rules (text numbers = table numbers); ARCHITECTURE.md (a text that disagrees with its own table)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (item, value, sameAs) in Pairs(context.Plan))
        {
            var other = ValueLookup.Lookup(context.Plan, sameAs);
            if (value is null || other.Quantity is not { } table || other.Item is null)
            {
                continue;
            }

            if (Quantities.Disagree(value, table))
            {
                yield return Finding.At(Rule, value.Span, item.DisplayName, value.Display, other.Item.DisplayName, table.Display)
                    .WithRelated(Finding.Here(other.Item.Span, "the table's figure", "表中数值")) with
                {
                    Derivation = new Derivation([new DerivationInput(value.Display, value.Span), new DerivationInput(table.Display, table.Span)], "≠", "(text ≠ table)"),
                };
            }
        }
    }

    private static IEnumerable<(PlanItem, Quantity?, Reference)> Pairs(Plan plan) =>
        plan.OfType<Indicator>().SelectMany(i => i.SameAs is { } r ? [((PlanItem)i, i.Value, r)] : Array.Empty<(PlanItem, Quantity?, Reference)>())
            .Concat(plan.OfType<Fact>().SelectMany(f => f.SameAs is { } r ? [((PlanItem)f, f.Value, r)] : Array.Empty<(PlanItem, Quantity?, Reference)>()));
}
