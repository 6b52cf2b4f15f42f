using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// Who may draw which block (DOMAIN.md §3 C8), as far as the plan itself shows it: planning blocks are drawn for the
/// minerals the province and the city grant (省、市两级发证矿种 → 勘查/开采规划区块), so a block of 级别 县级 has no
/// authority to grant it — the county's own minerals (sand and stone) are planned as 集中开采区; and sand and stone for
/// building (建筑用砂石 and its kinds) take no exploration block. Which authority grants each other mineral is not
/// checked: the national list of registration authorities (国土资发〔2006〕12号) was not available (DOMAIN.md §2.5).
/// </summary>
public sealed class BlockAuthorityRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2027", DiagnosticSeverity.Error, "A block no authority grants",
        "the block '{0}' {1}; planning blocks are drawn for minerals the province or the city grants, and a county's sand and stone is planned as a 集中开采区: change the block's level or kind, or plan it as a zone",
        "区块“{0}”{2}；勘查/开采规划区块用于省、市两级发证矿种，县级发证的砂石土矿产以集中开采区规划：请修改区块级别或类型，或改为集中开采区");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C8 (省、市两级发证矿种 → 勘查/开采规划区块; 县级发证矿种 → 砂石土类集中（开采）区; seed 001 第四章第四节, 第五章第三节; seed 000 第四章 (一))";

    private static readonly HashSet<string> SandAndStone = new(StringComparer.Ordinal) { "建筑用砂石", "建筑用砂", "建筑石料用灰岩", "建筑用灰岩", "砖瓦用黏土", "建筑用玄武岩", "建筑用花岗岩" };

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var block in context.Plan.OfType<PlanningBlock>())
        {
            if (block.Level == PlanLevel.County)
            {
                yield return Finding.At(Rule, block.Span, block.DisplayName, "is of 级别 县级, which grants no block", "的级别为县级，县级不设勘查/开采规划区块");
                continue;
            }

            if (block.BlockKind == BlockKind.Exploration && block.Minerals.FirstOrDefault(m => SandAndStone.Contains(m.Key)) is { } sand)
            {
                yield return Finding.At(Rule, sand.Span, block.DisplayName, $"is an exploration block for {sand.Written}, sand and stone for building", $"为{sand.Written}勘查规划区块，普通建筑用砂石土不设勘查规划区块");
            }
        }
    }
}
