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

    [Fact]
    public void A_mining_block_is_named_as_such_with_the_prohibition_as_related()
    {
        var finding = Assert.Single(Compile.Diagnostics(Plan(blockKind: "开采", activity: "开采")), d => d.Code == "MP2026");
        Assert.Equal("开采规划区块“甲区块”的矿种为砖瓦用黏土，但本规划禁止开采该矿种（“禁止勘查开采矿种”）；请修改区块矿种或矿种方向", finding.Message(Language.Zh));
        Assert.StartsWith("the mining block '甲区块' is for 砖瓦用黏土, whose mining this plan prohibits", finding.Message(Language.En), StringComparison.Ordinal);
        var related = Assert.Single(finding.Related);
        Assert.Equal((2, "the prohibition", "禁止性矿种方向"), (related.Span.Line, related.MessageEn, related.MessageZh));
        Assert.Equal(11, finding.Span.Line);   // the block's 矿种
    }

    [Fact]
    public void Each_prohibited_mineral_of_a_block_is_reported()
    {
        var findings = Compile.Diagnostics(Plan(mineral: "[金矿, 泥炭, 砖瓦用黏土]")).Where(d => d.Code == "MP2026").ToList();
        Assert.Equal("泥炭 砖瓦用黏土", string.Join(" ", findings.Select(f => f.Args[2])));
    }

    [Fact]
    public void A_blank_condition_is_no_condition() =>
        Assert.Contains("MP2026", Compile.Codes(Compile.Diagnostics(Plan(condition: "条件: \" \""))));

    [Fact]
    public void An_encouraged_or_restricted_mineral_is_not_prohibited()
    {
        Assert.DoesNotContain("MP2026", Compile.Codes(Compile.Diagnostics(Plan().Replace("方向: 禁止", "方向: 鼓励", StringComparison.Ordinal))));
        Assert.DoesNotContain("MP2026", Compile.Codes(Compile.Diagnostics(Plan().Replace("方向: 禁止", "方向: 限制", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_block_without_a_kind_is_not_judged() =>
        Assert.DoesNotContain("MP2026", Compile.Codes(Compile.Diagnostics(Plan().Replace("    类型: 勘查\n    矿种: 砖瓦用黏土", "    矿种: 砖瓦用黏土", StringComparison.Ordinal))));
}
