using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// The parts a plan names with 其中 are a subset of the total: together no more than it, and a 其中 named like one of
/// the 组成 parts no more than that part ("矿山 211 个，其中大中型 56 个" with 大中型 of the 组成 at 50) (issue
/// "review-grade checking": subsets sum and nest; DOMAIN.md §3, every count statement is a constraint).
/// </summary>
public sealed class SubsetRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2028", DiagnosticSeverity.Error, "A subset exceeds what it is part of",
        "'{0}': {1} ({2}) is more than {3} ({4}); a 其中 is part of it, so correct one of the two",
        "“{0}”：{1}（{2}）多于{5}（{4}）；“其中”是其一部分，请修正其一");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (counts of listed sets: subsets (其中…) sum and nest); DOMAIN.md §3 internal rules";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var fact in context.Plan.OfType<Fact>().Where(f => !f.Subset.IsEmpty))
        {
            if (fact.Value is not { Unit: { } totalUnit } total)
            {
                continue;
            }

            var compatible = fact.Subset.Where(p => p.Quantity.Unit is { } u && u.IsCompatibleWith(totalUnit)).ToList();
            var sum = compatible.Sum(p => p.Quantity.BaseValue);
            if (compatible.Count > 0 && sum > total.BaseValue)
            {
                var shown = Quantity.Format(totalUnit.FromBase(sum)) + totalUnit.Symbol;
                yield return Finding.At(Rule, compatible[0].Span, fact.DisplayName, "其中 " + string.Join(" + ", compatible.Select(p => p.Label)), shown, "the total", total.Display, "总数") with
                {
                    Derivation = new Derivation([.. compatible.Select(p => new DerivationInput($"{p.Label} {p.Quantity.Display}", p.Quantity.Span))], "+",
                        $"= {shown} > {total.Display} ({total.Span})"),
                };
                continue;
            }

            foreach (var part in compatible)
            {
                if (fact.Parts.FirstOrDefault(p => p.Label == part.Label) is { } whole && whole.Quantity.Unit is { } wu && part.Quantity.Unit is { } pu && wu.IsCompatibleWith(pu)
                    && part.Quantity.BaseValue > whole.Quantity.BaseValue)
                {
                    yield return Finding.At(Rule, part.Span, fact.DisplayName, "其中 " + part.Label, part.Quantity.Display, "the part " + whole.Label, whole.Quantity.Display, "组成 " + whole.Label);
                }
            }
        }
    }
}
