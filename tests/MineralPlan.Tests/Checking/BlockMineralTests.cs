using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2026 (C15, 矿种 = 规划矿种): a block for a mineral the same plan prohibits for that activity.</summary>
public sealed class BlockMineralTests
{
    private static string Plan(string blockKind = "勘查", string activity = "勘查", string mineral = "砖瓦用黏土", string condition = "") => $$"""
        矿种方向 ban "禁止勘查开采矿种" {
            活动: {{activity}}
            方向: 禁止
            矿种: [砖瓦用粘土, 泥炭]
            {{condition}}
        }

        区块 KC01 "甲区块" {
            类型: {{blockKind}}
            矿种: {{mineral}}
        }
        """;

    [Fact]
    public void An_exploration_block_for_a_mineral_the_plan_prohibits_exploring_is_an_error_at_the_mineral()
    {
        var finding = Assert.Single(Compile.Diagnostics(Plan()), d => d.Code == "MP2026");
        Assert.Equal("勘查规划区块“甲区块”的矿种为砖瓦用黏土，但本规划禁止勘查该矿种（“禁止勘查开采矿种”）；请修改区块矿种或矿种方向", finding.Message(Language.Zh));
        Assert.Equal("the exploration block '甲区块' is for 砖瓦用黏土, whose exploration this plan prohibits ('禁止勘查开采矿种'); change the block's mineral or the direction", finding.Message(Language.En));
        Assert.Single(finding.Related);
        Assert.Contains("MP2026", Compile.Codes(Compile.Diagnostics(Plan(blockKind: "开采", activity: "开采"))));
    }

    [Theory]
    [InlineData("开采", "勘查", "砖瓦用黏土", "")]                          // another activity
    [InlineData("勘查", "勘查", "金矿", "")]                                // another mineral
    [InlineData("勘查", "勘查", "砖瓦用黏土", "条件: \"生态保护红线内\"")]   // a conditional prohibition
    public void Near_misses_are_quiet(string blockKind, string activity, string mineral, string condition) =>
        Assert.DoesNotContain("MP2026", Compile.Codes(Compile.Diagnostics(Plan(blockKind, activity, mineral, condition))));
}
