using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2027 (C8): a block no authority grants — a 县级 block, or an exploration block for building sand and stone.</summary>
public sealed class BlockAuthorityTests
{
    private static string Block(string kind, string level, string mineral) => $$"""
        区块 KC01 "甲区块" {
            类型: {{kind}}
            级别: {{level}}
            矿种: {{mineral}}
        }
        """;

    [Fact]
    public void A_county_level_block_is_an_error_at_the_block()
    {
        var finding = Assert.Single(Compile.Diagnostics(Block("开采", "县级", "金矿")), d => d.Code == "MP2027");
        Assert.Equal("区块“甲区块”的级别为县级，县级不设勘查/开采规划区块；勘查/开采规划区块用于省、市两级发证矿种，县级发证的砂石土矿产以集中开采区规划：请修改区块级别或类型，或改为集中开采区", finding.Message(Language.Zh));
        Assert.Equal(2, finding.Span.Line);
    }

    [Fact]
    public void An_exploration_block_for_building_stone_is_an_error_at_the_mineral()
    {
        var finding = Assert.Single(Compile.Diagnostics(Block("勘查", "市级", "建筑石料用灰岩")), d => d.Code == "MP2027");
        Assert.Contains("exploration block for 建筑石料用灰岩", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Equal(5, finding.Span.Line);
        Assert.Contains("MP2027", Compile.Codes(Compile.Diagnostics(Block("勘查", "省级", "砂石土"))));   // an alias of 建筑用砂石
    }

    [Theory]
    [InlineData("建筑用砂石")]
    [InlineData("建筑用砂")]
    [InlineData("建筑石料用灰岩")]
    [InlineData("建筑用灰岩")]
    [InlineData("砖瓦用黏土")]
    [InlineData("建筑用玄武岩")]
    [InlineData("建筑用花岗岩")]
    public void Every_kind_of_building_sand_and_stone_takes_no_exploration_block(string mineral)
    {
        var finding = Assert.Single(Compile.Diagnostics(Block("勘查", "市级", mineral)), d => d.Code == "MP2027");
        Assert.Equal($"区块“甲区块”为{mineral}勘查规划区块，普通建筑用砂石土不设勘查规划区块；勘查/开采规划区块用于省、市两级发证矿种，县级发证的砂石土矿产以集中开采区规划：请修改区块级别或类型，或改为集中开采区", finding.Message(Language.Zh));
        Assert.StartsWith($"the block '甲区块' is an exploration block for {mineral}, sand and stone for building; ", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_level_exploration_block_for_sand_is_told_once_about_its_level()
    {
        var finding = Assert.Single(Compile.Diagnostics(Block("勘查", "县级", "建筑用砂石")), d => d.Code == "MP2027");
        Assert.StartsWith("the block '甲区块' is of 级别 县级, which grants no block; ", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("勘查", "市级", "钼矿")]             // a city's block for a mineral it grants
    [InlineData("开采", "市级", "建筑用砂石")]        // mining sand and stone in a block: not this rule
    [InlineData("勘查", "省级", "熔剂用灰岩")]        // limestone, but not for building
    public void Near_misses_are_quiet(string kind, string level, string mineral) =>
        Assert.DoesNotContain("MP2027", Compile.Codes(Compile.Diagnostics(Block(kind, level, mineral))));
}
