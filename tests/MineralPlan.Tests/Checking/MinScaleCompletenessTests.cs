using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP3017 (DOMAIN.md C3): a mineral with an upper minimum that occurs here must be in this plan's 最低开采规模 table.</summary>
public sealed class MinScaleCompletenessTests
{
    private const string City = """
        规划 city {
            标题: "某市矿产资源规划（2021～2025年）"
            级别: 市级
            基期: 2020
            规划期: 2021..2025
        }

        最低开采规模 iron_min "铁矿" {
            矿种: 铁矿
            矿山类型: 全部
            值: 30 万吨/年
        }
        """;

    private static string County(string extra) => $$"""
        规划 county {
            标题: "某县矿产资源规划（2021～2025年）"
            级别: 县级
            上级规划: city
            基期: 2020
            规划期: 2021..2025
        }

        矿种方向 mine_key "重点开采矿种" {
            活动: 开采
            方向: 鼓励
            矿种: [铁矿, 建筑用砂石]
        }
        {{extra}}
        """;

    private static string Check(string countyExtra)
    {
        using var temp = new TempFolder();
        temp.Write("plans/city/plan.mplan", City);
        temp.Write("plans/county/plan.mplan", County(countyExtra));
        return CliRunner.RunIn(temp.Path, "check", "plans/county", "--lang", "en").Output;
    }

    [Fact]
    public void A_mineral_with_an_upper_minimum_that_occurs_here_but_is_not_listed_is_reported()
    {
        var output = Check(string.Empty);

        Assert.Contains("warning MP3017: 铁矿 occurs in this plan and city sets a minimum mining scale for it (30万吨/年)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("建筑用砂石 occurs", output, StringComparison.Ordinal);   // city sets no minimum for it
    }

    [Fact]
    public void Listing_the_mineral_is_quiet()
    {
        var output = Check("""
            最低开采规模 iron "铁矿" {
                矿种: 铁矿
                矿山类型: 全部
                值: 30 万吨/年
            }
            """);

        Assert.DoesNotContain("MP3017", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mineral_that_does_not_occur_here_is_quiet()
    {
        using var temp = new TempFolder();
        temp.Write("plans/city/plan.mplan", City);
        temp.Write("plans/county/plan.mplan", County(string.Empty).Replace("[铁矿, 建筑用砂石]", "[建筑用砂石]", StringComparison.Ordinal));

        Assert.DoesNotContain("MP3017", CliRunner.RunIn(temp.Path, "check", "plans/county").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mineral_is_reported_once_at_its_first_use_however_many_plans_above_set_it()
    {
        var province = Compile.Text("规划 prov { 标题: \"省规划\" 级别: 省级 基期: 2020 规划期: 2021..2025 }\n最低开采规模 p \"铁矿（省）\" { 矿种: 铁矿 矿山类型: 全部 值: 20 万吨/年 }\n", "prov.mplan");
        var city = Compile.Text(City + "\n最低开采规模 iron_new \"铁矿（新建）\" { 矿种: 铁矿 矿山类型: 新建 值: 50 万吨/年 }\n", "city.mplan");
        var county = Compile.Text(County("区块 KC01 \"铁矿区块\" { 类型: 勘查 矿种: 铁矿 }"), "county.mplan");
        var finding = Assert.Single(PlanChecker.Check(county, [city.Plan!, province.Plan!]), d => d.Code == "MP3017");
        Assert.Equal("本规划涉及铁矿，city规定了其最低开采规模（30万吨/年），但本规划的最低开采规模未列出该矿种；请补充（不低于30万吨/年）", finding.Message(Language.Zh));
        Assert.Equal(("county.mplan", 12), (finding.Span.File, finding.Span.Line));   // in 重点开采矿种, before the block
        var related = Assert.Single(finding.Related);
        Assert.Equal(("city.mplan", "铁矿 in city"), (related.Span.File, related.MessageEn));
    }

    [Fact]
    public void A_grandparents_minimum_counts_when_the_parent_sets_none()
    {
        var province = Compile.Text("规划 prov { 标题: \"省规划\" 级别: 省级 基期: 2020 规划期: 2021..2025 }\n最低开采规模 p \"砂石（省）\" { 矿种: 建筑用砂石 矿山类型: 全部 值: 20 万立方米/年 }\n", "prov.mplan");
        var city = Compile.Text(City, "city.mplan");
        var county = Compile.Text(County(string.Empty), "county.mplan");
        var findings = PlanChecker.Check(county, [city.Plan!, province.Plan!]).Where(d => d.Code == "MP3017").Select(d => (string?)d.Args[0] + "@" + d.Args[1]);
        Assert.Equal(["铁矿@city", "建筑用砂石@prov"], findings);
    }
}
