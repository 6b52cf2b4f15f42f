using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// Within one plan a mineral is not both key or encouraged and restricted or prohibited for the same activity, unless
/// one of the two says when it applies (a 条件 distinguishes them) (issue "review-grade checking": same-kind zones and
/// directions; DOMAIN.md §2.7).
/// </summary>
public sealed class SelfContradictoryDirectionRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2017", DiagnosticSeverity.Error, "A mineral's direction contradicts itself",
        "this plan makes {0} a {1} mineral for {2} and also {3}s it ('{4}'); remove one, or give the narrower one a 条件 (condition) saying where it applies",
        "本规划将{0}列为{2}{1}矿种，又对其{3}（“{4}”）；请删去其一，或为范围较窄的一方写明条件");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (an item whose 矿种方向 within the plan contradicts itself); DOMAIN.md §2.7";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var directions = context.Plan.OfType<Direction>().ToList();
        var against = directions.Where(d => d.Stance is Stance.Restricted or Stance.Prohibited && d.Condition is null).ToList();
        foreach (var mine in directions.Where(d => d.Stance is Stance.Key or Stance.Encouraged && d.Condition is null))
        {
            foreach (var mineral in mine.Minerals)
            {
                foreach (var other in against.Where(o => o.Activity == mine.Activity && o.Minerals.Any(m => m.Key == mineral.Key)))
                {
                    yield return Finding.At(Rule, mineral.Span, mineral.Written, mine.Stance?.Chinese(), mine.Activity?.Chinese(), other.Stance?.Chinese(), other.DisplayName)
                        .WithRelated(Finding.Here(other.Span, $"{other.DisplayName}: {other.Stance?.Word()}", $"“{other.DisplayName}”：{other.Stance?.Chinese()}"));
                }
            }
        }
    }
}
