using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Tests.Checking;

/// <summary>
/// Rules that read the plan above: another region's name in the text (MP2007), a direction against the upper plan's
/// (MP3007) and an item carried out (落实) from nothing (MP3004) — what each says, and the near misses.
/// </summary>
public sealed class UpperPlanRuleTests
{
    private const string City = "规划 city { 标题: \"甲市规划\" 级别: 市级 行政区: \"甲市\" 基期: 2020 规划期: 2021..2025 展望: 2035 下辖行政区: [\"乙县\", \"丙县\", \"丁区\"] }\n";

    private static IReadOnlyList<Diagnostic> Findings(string code, string parentBody, string childBody) =>
        [.. CrossLevelRuleTests.Check(City, parentBody, childBody).Where(d => d.Code == code)];

    [Fact]
    public void A_sibling_region_in_the_text_is_named_with_the_own_region_and_the_parents()
    {
        var finding = Assert.Single(Findings("MP2007", string.Empty, "章 \"形势\" { 段: \"要与丙县矿业经济的发展相适应。\" }"));
        Assert.Equal("this paragraph of the 乙县 plan names 丙县, another region under 甲市; check whether the sentence was copied from that region's plan", finding.Message(Language.En));
        Assert.Equal(2, finding.Span.Length);
        Assert.Equal("下辖行政区 / subregions in city", Assert.Single(finding.Related).MessageEn);
    }

    [Theory]
    [InlineData("本县即乙县。", "")]                // its own name
    [InlineData("与丙县、丁区接壤。", "丙县 丁区")]  // each sibling
    public void Only_the_siblings_are_foreign(string paragraph, string expected) =>
        Assert.Equal(expected, string.Join(" ", Findings("MP2007", string.Empty, $"章 \"形势\" {{ 段: \"{paragraph}\" }}").OrderBy(d => d.Span.Column).Select(d => d.Args[1])));

    [Fact]
    public void Encouraging_what_the_upper_plan_restricts_names_both_stances_and_the_activity()
    {
        var finding = Assert.Single(Findings("MP3007", "矿种方向 d \"限制开采矿种\" { 活动: 开采 方向: 限制 矿种: 砖瓦用黏土 }", "矿种方向 e { 活动: 开采 方向: 重点 矿种: [金矿, 砖瓦用粘土] }"));
        Assert.Equal("本规划将砖瓦用粘土列为开采主攻矿种，但上级规划“city”对其限制；请与上级规划方向一致", finding.Message(Language.Zh));
        var related = Assert.Single(finding.Related);
        Assert.Equal(("parent.mplan", "限制开采矿种 in city"), (related.Span.File, related.MessageEn));
    }

    [Theory]
    [InlineData("活动: 开采 方向: 禁止", "活动: 勘查 方向: 鼓励")]                                // another activity
    [InlineData("活动: 开采 方向: 鼓励", "活动: 开采 方向: 鼓励")]                                // the same stance
    [InlineData("活动: 开采 方向: 禁止 条件: \"生态保护红线内\"", "活动: 开采 方向: 鼓励")]        // a conditional prohibition
    [InlineData("活动: 开采 方向: 禁止", "活动: 开采 方向: 限制")]                                // restricting further is no conflict
    public void Directions_that_do_not_contradict_are_quiet(string parent, string child) =>
        Assert.Empty(Findings("MP3007", $"矿种方向 d {{ {parent} 矿种: 砖瓦用黏土 }}", $"矿种方向 e {{ {child} 矿种: 砖瓦用黏土 }}"));

    [Theory]
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 落实: 上级.nothing }")]
    [InlineData("区块 B \"甲块\" { 类型: 勘查 落实: 上级.nothing }")]
    [InlineData("数量 c { 类型: 勘查 总数: 3 个 落实: 上级.nothing }")]
    [InlineData("最低开采规模 s { 矿种: 铁矿 矿山类型: 新建 值: 30 万吨/年 落实: 上级.nothing }")]
    public void Any_item_carried_out_from_nothing_is_MP3004_at_the_reference(string child)
    {
        var finding = Assert.Single(Findings("MP3004", string.Empty, child));
        Assert.EndsWith("“上级.nothing”在上级规划中不存在；请修正引用，或在上级规划中补充该条目", finding.Message(Language.Zh), StringComparison.Ordinal);
        Assert.Equal("上级.nothing".Length, finding.Span.Length);
        Assert.Equal("规划 / plan in city", Assert.Single(finding.Related).MessageEn);
    }

    [Fact]
    public void An_item_carried_out_from_an_existing_one_is_quiet() =>
        Assert.Empty(Findings("MP3004", "区块 B \"甲块\" { 类型: 勘查 }", "区块 B \"甲块\" { 类型: 勘查 落实: 上级.B }"));
}
