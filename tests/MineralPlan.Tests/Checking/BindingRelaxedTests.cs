using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Tests.Checking;

/// <summary>MP3011: an indicator or quota binding (约束性) above stays binding here: same name and same minerals.</summary>
public sealed class BindingRelaxedTests
{
    private const string City = "规划 city { 标题: \"市规划\" 级别: 市级 基期: 2020 规划期: 2021..2025 展望: 2035 }\n";

    private static IReadOnlyList<Diagnostic> Findings(string parentBody, string childBody) =>
        [.. CrossLevelRuleTests.Check(City, parentBody, childBody).Where(d => d.Code == "MP3011")];

    [Fact]
    public void A_relaxed_indicator_names_the_parent_its_attribute_here_and_the_parents_item()
    {
        var finding = Assert.Single(Findings("指标 i \"矿山数量\" { 值: <= 30 个 属性: 约束性 }", "指标 j \"矿山数量\" { 值: <= 30 个 属性: 预期性 }"));
        Assert.Equal("'矿山数量' is binding (约束性) in 'city' but 预期性 here; keep it binding", finding.Message(Language.En));
        Assert.Equal("“矿山数量”在上级规划“city”中为约束性指标，本规划为预期性；应保持约束性", finding.Message(Language.Zh));
        var related = Assert.Single(finding.Related);
        Assert.Equal(("parent.mplan", "矿山数量 in city"), (related.Span.File, related.MessageEn));
    }

    [Fact]
    public void A_quota_is_held_like_an_indicator() =>
        Assert.Single(Findings("开采总量 q \"铁矿开采总量\" { 矿种: 铁矿 值: 100 万吨/年 属性: 约束性 }", "开采总量 r \"铁矿开采总量\" { 矿种: 铁矿 值: 100 万吨/年 属性: 预期性 }"));

    [Theory]
    [InlineData("指标 j \"矿山数量\" { 值: <= 30 个 属性: 约束性 }")]          // still binding
    [InlineData("指标 j \"矿山数量\" { 值: <= 30 个 }")]                     // no attribute stated
    [InlineData("指标 j \"矿山总数\" { 值: <= 30 个 属性: 预期性 }")]          // another indicator
    public void Binding_kept_unstated_or_another_indicator_is_quiet(string child) =>
        Assert.Empty(Findings("指标 i \"矿山数量\" { 值: <= 30 个 属性: 约束性 }", child));

    [Theory]
    [InlineData("[金矿, 铁矿]", "[铁矿, 金矿]", true)]    // the same minerals in another order
    [InlineData("[金矿, 铁矿]", "[铁矿]", false)]         // fewer minerals: another indicator
    public void Minerals_are_compared_as_a_set(string parent, string child, bool fires) =>
        Assert.Equal(fires ? 1 : 0, Findings($"指标 i \"开采量\" {{ 矿种: {parent} 值: <= 30 万吨/年 属性: 约束性 }}", $"指标 j \"开采量\" {{ 矿种: {child} 值: <= 30 万吨/年 属性: 预期性 }}").Count);

    [Fact]
    public void An_expected_indicator_above_binds_nothing() =>
        Assert.Empty(Findings("指标 i \"矿山数量\" { 值: <= 30 个 属性: 预期性 }", "指标 j \"矿山数量\" { 值: <= 30 个 属性: 预期性 }"));
}
