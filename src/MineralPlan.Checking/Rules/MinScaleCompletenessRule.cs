using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// The lower plan's 最低开采规模 table lists every mineral for which a plan above sets a minimum and which occurs in
/// the lower plan (named by any of its zones, blocks, directions, targets or facts): set(upper ∩ local) ⊆ set(lower
/// table) (DOMAIN.md §3 C3; seed 001 lists 22 + 5 kinds from the province, seed 000 "全县共18个矿种").
/// </summary>
public sealed class MinScaleCompletenessRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3017", DiagnosticSeverity.Warning, "Minimum scale of the upper plan not carried",
        "{0} occurs in this plan and {1} sets a minimum mining scale for it ({2}), but this plan's 最低开采规模 lists none for it; add it (a minimum not below {2})",
        "本规划涉及{0}，{1}规定了其最低开采规模（{2}），但本规划的最低开采规模未列出该矿种；请补充（不低于{2}）");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C3 (最低开采规模 table completeness); seed 001, seed 000";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var listed = context.Plan.OfType<MinScale>().SelectMany(s => s.Minerals).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var occurs = context.Plan.Items.Where(i => i is not MinScale).SelectMany(i => i.Minerals)
            .GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in context.Ancestors)
        {
            foreach (var scale in plan.OfType<MinScale>())
            {
                foreach (var mineral in scale.Minerals.Where(m => occurs.ContainsKey(m.Key) && !listed.Contains(m.Key) && reported.Add(m.Key)))
                {
                    var here = occurs[mineral.Key];
                    yield return Finding.At(Rule, here.Span, here.Written, plan.Header.Id, scale.Value?.Display ?? scale.DisplayName)
                        .WithRelated(Finding.InParent(scale, plan));
                }
            }
        }
    }
}
