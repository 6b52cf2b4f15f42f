using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// What an upper plan allots to this region (blocks it drew here, concentrated zones by county) is
/// what this plan declares: 喀左 must show the province's 3 and the city's 14 exploration blocks;
/// a county shows exactly its allotment of 集中开采区 (DOMAIN.md C7, C12).
/// </summary>
public sealed class AllotmentRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3009", DiagnosticSeverity.Error, "Counts differ from the upper plan's allotment",
        "'{0}' allots {1} {2} to {3}, but this plan declares {4}; carry out the upper plan's allotment",
        "上级规划“{0}”为{3}安排{2} {1}，本规划为 {4}；请落实上级规划的安排");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C7 (counts must tally), C12 (each county lists exactly its allotment)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var plan in context.Ancestors)
        {
            foreach (var allot in plan.OfType<DeclaredCount>())
            {
                var share = allot.ByRegion.FirstOrDefault(r => Upstream.NamesRegion(r.Label, context.Plan));
                if (share is null || allot.Subject is null)
                {
                    continue;
                }

                var (declared, span) = Declared(context.Plan, allot.Subject, allot.Level);
                if (declared is null)
                {
                    continue;
                }

                if (declared != share.Quantity.Value)
                {
                    var what = (Semantics.Schema.Words.BlockKinds.Find(allot.Subject) ?? Semantics.Schema.Words.ZoneKinds.Find(allot.Subject))?.Chinese ?? allot.Subject;
                    var level = allot.Level?.Chinese() ?? string.Empty;
                    yield return Finding.At(Rule, span, plan.Header.Id, share.Quantity.Display, level + what, share.Label, Quantity.Format(declared.Value))
                        .WithRelated(Finding.InParent(share.Span, plan, allot.DisplayName)) with
                    {
                        Derivation = new Derivation([new DerivationInput(Quantity.Format(declared.Value), span), new DerivationInput($"{share.Quantity.Display} ({plan.Header.Id})", share.Span)], "≠", "(declared ≠ allotted)"),
                    };
                }
            }
        }
    }

    /// <summary>This plan's own figure for a kind (and level): a declared count's breakdown or total, else its itemised entries.</summary>
    internal static (decimal? Count, Abstractions.Diagnostics.SourceSpan Span) Declared(Plan plan, string subject, PlanLevel? level)
    {
        foreach (var count in plan.OfType<DeclaredCount>().Where(c => c.Subject == subject))
        {
            if (level is null && count.Total is { } t)
            {
                return (t.Value, t.Span);
            }

            var zh = level is null ? null : Semantics.Schema.Words.Levels.Find(level.Value.Word());
            if (zh is not null && count.ByLevel.FirstOrDefault(b => zh.Spellings.Contains(b.Label)) is { } part)
            {
                return (part.Quantity.Value, part.Span);
            }
        }

        var items = plan.Items.Where(i => CountSubjects.Counts(i, subject, level)).ToList();
        return items.Count == 0 ? (null, default) : (items.Count, items[0].Span);
    }
}
