using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>A total and its parts must be in one kind of unit: tonnes and cubic metres do not add (DOMAIN.md §3: "one unit per sum (no adding 吨 to 立方米)").</summary>
public sealed class MixedUnitsRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2002", DiagnosticSeverity.Error, "A total adds incompatible units",
        "'{0}' adds {1} ({2}) to {3} ({4}); state mass and volume as separate totals",
        "“{0}”把{1}（{2}）与{3}（{4}）相加；质量与体积应分别合计");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 internal rules (one unit per sum); ARCHITECTURE.md (refuse to compare tonnes with cubic metres)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var fact in context.Plan.OfType<Fact>().Where(f => f.Parts.Length > 0))
        {
            var reference = fact.Value?.Unit is { } u ? (Label: fact.DisplayName, Unit: u) : fact.Parts.Select(p => (p.Label, p.Quantity.Unit)).FirstOrDefault(p => p.Unit is not null);
            if (reference.Unit is null)
            {
                continue;
            }

            foreach (var part in fact.Parts)
            {
                if (part.Quantity.Unit is { } unit && !unit.IsCompatibleWith(reference.Unit))
                {
                    yield return Finding.At(Rule, part.Span, fact.DisplayName, reference.Label, reference.Unit.Symbol, part.Label, unit.Symbol);
                    break;
                }
            }
        }
    }
}
