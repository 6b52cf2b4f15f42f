using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A declared count agrees with itself and with the items: by level, by class and by region each add
/// up to the total, and itemised blocks/zones of that kind number the total (DOMAIN.md §2.4, C7;
/// ARCHITECTURE.md "declared counts vs itemised entries").
/// </summary>
public sealed class DeclaredCountRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2006", DiagnosticSeverity.Error, "Declared counts disagree",
        "'{0}': {1} gives {2}, but the total is {3}; make the breakdown and the total agree",
        "“{0}”：{1}合计 {2}，但总数为 {3}；请使分项与总数一致");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §2.4 (喀左 17 = 3 + 14 = 4 + 13), C7, C12";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var count in context.Plan.OfType<DeclaredCount>())
        {
            if (count.Total is not { } total)
            {
                continue;
            }

            foreach (var (name, parts) in new[] { (new Bilingual("by level", "按级别"), count.ByLevel), (new Bilingual("by class", "按矿类"), count.ByClass), (new Bilingual("by mineral", "按矿种"), count.ByMineral), (new Bilingual("by region", "按行政区"), count.ByRegion) })
            {
                if (parts.Length > 0 && parts.Sum(p => p.Quantity.Value) != total.Value)
                {
                    var sum = Semantics.Model.Quantity.Format(parts.Sum(p => p.Quantity.Value));
                    yield return Finding.At(Rule, parts[0].Span, count.DisplayName, name, sum, total.Display) with
                    {
                        Derivation = new Derivation([.. parts.Select(p => new DerivationInput($"{p.Label} {p.Quantity.Display}", p.Quantity.Span))], "+",
                            $"= {sum} ≠ {total.Display} ({total.Span})"),
                    };
                }
            }

            var items = count.Subject is null ? [] : context.Plan.Items.Where(i => CountSubjects.Counts(i, count.Subject, count.Level)).ToList();
            if (items.Count > 0 && items.Count != total.Value)
            {
                yield return Finding.At(Rule, total.Span, count.DisplayName, new Bilingual("itemised entries", "逐项列出的条目"), items.Count, total.Display) with
                {
                    Derivation = new Derivation([.. items.Select(i => new DerivationInput(i.Id ?? i.DisplayName, i.Span))], "+",
                        $"= {items.Count} ≠ {total.Display} ({total.Span})"),
                };
            }
        }
    }
}
