using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2004: the unit of a figure fits its 计量 — for indicators, status facts and quotas, every measure.</summary>
public sealed class MeasureUnitTests
{
    [Theory]
    [InlineData("金属量", "3 万吨", false)]
    [InlineData("金属量", "3 万立方米", true)]
    [InlineData("矿物量", "3 吨", false)]
    [InlineData("矿物量", "3 立方米", true)]
    [InlineData("原煤", "3 万吨", false)]
    [InlineData("原煤", "3 万立方米", true)]
    [InlineData("矿石量", "3 万立方米", false)]
    [InlineData("矿石量", "3 万吨", false)]
    [InlineData("矿石量", "3 个", true)]
    [InlineData("资源量", "3 万立方米", false)]
    [InlineData("资源量", "3 公顷", true)]
    [InlineData("荒料量", "3 万立方米", false)]
    [InlineData("荒料量", "3 万吨", true)]
    [InlineData("热能", "3 兆瓦", false)]
    [InlineData("热能", "3 千焦", false)]
    [InlineData("热能", "3 万吨", true)]
    public void Each_measure_takes_the_units_of_its_dimensions(string measure, string value, bool fires) =>
        Assert.Equal(fires, Compile.Codes(Compile.Diagnostics($"指标 g \"金\" {{ 计量: {measure} 值: {value} }}")).Contains("MP2004", StringComparison.Ordinal));

    [Fact]
    public void The_finding_names_the_allowed_dimensions_in_each_language()
    {
        var finding = Assert.Single(Compile.Diagnostics("指标 g \"铁矿石\" { 计量: 矿石量 值: 3 个 }"), d => d.Code == "MP2004");
        Assert.Equal("'铁矿石' is measured as 矿石量 but its unit 个 is not a unit of mass/volume; use a unit of mass/volume", finding.Message(Language.En));
        Assert.Equal("“铁矿石”的计量为矿石量，但单位 个 不是质量/体积单位；请改用质量/体积单位", finding.Message(Language.Zh));
        Assert.Equal(2, finding.Span.Line);

        var heat = Assert.Single(Compile.Diagnostics("指标 h \"地热\" { 计量: 热能 值: 3 万吨 }"), d => d.Code == "MP2004");
        Assert.EndsWith("不是能量/功率单位；请改用能量/功率单位", heat.Message(Language.Zh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("现状 f \"金\" { 年份: 2020 计量: 金属量 值: 3 万立方米 }")]
    [InlineData("开采总量 q \"金\" { 矿种: 金矿 计量: 金属量 值: 3 万立方米/年 }")]
    public void Status_facts_and_quotas_are_held_to_their_measure_too(string item) =>
        Assert.Contains("MP2004", Compile.Codes(Compile.Diagnostics(item)));

    [Fact]
    public void A_figure_without_a_unit_or_a_measure_is_not_judged()
    {
        Assert.DoesNotContain("MP2004", Compile.Codes(Compile.Diagnostics("指标 g \"金\" { 计量: 金属量 值: 3 }")));
        Assert.DoesNotContain("MP2004", Compile.Codes(Compile.Diagnostics("指标 g \"金\" { 值: 3 个 }")));
    }
}
