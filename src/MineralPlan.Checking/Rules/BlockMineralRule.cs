using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A block's mineral is a mineral the plan plans for (DOMAIN.md §3 C15, 矿种 = 规划矿种): an exploration block for a
/// mineral whose exploration the same plan prohibits (禁止勘查), or a mining block for one whose mining it prohibits,
/// contradicts the plan. A prohibition with a condition (生态保护红线内…) narrows it and is not held against a block.
/// </summary>
public sealed class BlockMineralRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2026", DiagnosticSeverity.Error, "A block for a mineral the plan prohibits",
        "the {0} block '{1}' is for {2}, whose {0} this plan prohibits ('{3}'); change the block's mineral or the direction",
        "{4}规划区块“{1}”的矿种为{2}，但本规划禁止{4}该矿种（“{3}”）；请修改区块矿种或矿种方向");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C15 (区块 矿种 = 规划矿种; both seeds)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var prohibitions = context.Plan.OfType<Direction>().Where(d => d.Stance == Stance.Prohibited && string.IsNullOrWhiteSpace(d.Condition)).ToList();
        if (prohibitions.Count == 0)
        {
            yield break;
        }

        foreach (var block in context.Plan.OfType<PlanningBlock>().Where(b => b.BlockKind is not null))
        {
            var activity = block.BlockKind == BlockKind.Exploration ? Activity.Exploration : Activity.Mining;
            foreach (var mineral in block.Minerals)
            {
                if (prohibitions.FirstOrDefault(d => d.Activity == activity && d.Minerals.Any(m => m.Key == mineral.Key)) is { } ban)
                {
                    var word = activity == Activity.Exploration ? ("exploration", "勘查") : ("mining", "开采");
                    yield return Finding.At(Rule, mineral.Span, word.Item1, block.DisplayName, mineral.Written, ban.DisplayName, word.Item2)
                        .WithRelated(Finding.Here(ban.Span, "the prohibition", "禁止性矿种方向"));
                }
            }
        }
    }
}
