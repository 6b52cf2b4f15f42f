using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>
/// The inputs a rule must pass over without a finding — and without failing (MP9001) — and the second kind of item a
/// rule reads besides the first. Each answers a mutant the 2026-12-02 Checking run left alive.
/// </summary>
public sealed class RuleGuardTests
{
    private static IReadOnlyList<Diagnostic> All(string body) => Compile.Diagnostics(body);

    [Theory]
    [InlineData("现状 m \"已发现矿产\" { 值: 27 其中: [金属 = 30 种] }")]                             // a total without a unit
    [InlineData("现状 m \"已发现矿产\" { 值: 27 种 组成: [金属 = 10 种, 非金属 = 17 种] 其中: [铀 = 1 种] }")]   // a 其中 named like no part
    [InlineData("现状 o \"年开采总量\" { 组成: [甲 = 3, 乙 = 4] }")]                                    // parts without units, no total
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 落实: 上级.Z }")]                                    // carried out, but no plan above is loaded
    public void Inputs_a_rule_cannot_judge_give_no_finding_and_no_failure(string body) =>
        Assert.True(All(body).Count == 0, Compile.Codes(All(body)));

    [Fact]
    public void A_status_fact_restated_from_a_table_is_compared_like_an_indicator()
    {
        var finding = Assert.Single(All("现状 t \"矿山数量\" { 值: 26 个 }\n现状 x \"矿山数量（正文）\" { 值: 28 个 对应: t }"), d => d.Code == "MP2008");
        Assert.Equal(3, finding.Span.Line);
    }

    [Fact]
    public void An_appendix_table_is_not_counted_from_figures()
    {
        var findings = All("附图 fig1 \"总体布局图\" { }\n章 \"附\" {\n    段: \"见附表1和附图1。\"\n    插入: fig1\n}\n").Where(d => d.Code == "MP2018");
        Assert.Equal(["附表1"], findings.Select(d => d.Args[0]?.ToString()));
    }

    [Fact]
    public void Encouraging_one_of_several_minerals_the_upper_plan_restricts_is_a_conflict() =>
        Assert.Single(CrossLevelRuleTests.Check(CrossLevelRuleTests.City, "矿种方向 d { 活动: 开采 方向: 限制 矿种: [砖瓦用黏土, 泥炭] }", "矿种方向 e { 活动: 开采 方向: 鼓励 矿种: 泥炭 }"),
            d => d.Code == "MP3007");

    [Fact]
    public void A_table_by_region_that_says_not_what_it_counts_is_not_compared_with_the_counties()
    {
        var city = Compile.Text("规划 city { 标题: \"市规划\" 级别: 市级 行政区: \"甲市\" 基期: 2020 规划期: 2021..2025 展望: 2035 }\n数量 n { 总数: 9 处 按行政区: [\"乙县\" = 7 处, \"丙县\" = 2 处] }\n", "city.mplan");
        var child = Compile.Text("规划 yi { 标题: \"乙县规划\" 级别: 县级 行政区: \"乙县\" 上级规划: city 基期: 2020 规划期: 2021..2025 展望: 2035 }\n数量 zc { 类型: 集中开采区 总数: 6 处 }\n", "yi.mplan");
        var findings = PlanChecker.Check(city, [], null, [child.Plan!]);
        Assert.DoesNotContain(findings, d => d.Code is "MP3014" or "MP9001");
    }
}
