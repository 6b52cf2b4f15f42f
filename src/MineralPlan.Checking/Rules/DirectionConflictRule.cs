using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>A mineral an upper plan restricts or prohibits (for the same activity) is not a key or encouraged mineral below (ARCHITECTURE.md checks; DOMAIN.md §2.7).</summary>
public sealed class DirectionConflictRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3007", DiagnosticSeverity.Error, "Encourages what the upper plan restricts",
        "this plan makes {0} a {1} mineral for {2}, but '{3}' {4} it; follow the upper plan's direction",
        "本规划将{0}列为{2}{1}矿种，但上级规划“{3}”对其{4}；请与上级规划方向一致");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "ARCHITECTURE.md (a mineral the parent prohibits but the child encourages); DOMAIN.md §2.7";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var upstream = context.Ancestors.SelectMany(p => p.OfType<Direction>()
            .Where(d => d.Stance is Stance.Restricted or Stance.Prohibited && d.Condition is null)
            .Select(d => (Direction: d, Plan: p))).ToList();
        foreach (var mine in context.Plan.OfType<Direction>().Where(d => d.Stance is Stance.Key or Stance.Encouraged))
        {
            foreach (var mineral in mine.Minerals)
            {
                foreach (var (theirs, plan) in upstream.Where(u => u.Direction.Activity == mine.Activity && u.Direction.Minerals.Any(m => m.Key == mineral.Key)))
                {
                    yield return Finding.At(Rule, mineral.Span, mineral.Written, Zh(mine.Stance),
                        Zh(mine.Activity), plan.Header.Id, Zh(theirs.Stance))
                        .WithRelated(Finding.InParent(theirs, plan));
                }
            }
        }
    }

    private static string Zh(Enum? word) => word?.Chinese() ?? string.Empty;
}
