using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>Each cross-level rule: a parent/child pair that triggers it, with the parent's place as related location, and one that does not.</summary>
public sealed class CrossLevelRuleTests
{
    internal const string City = "规划 city { 标题: \"市规划\" 级别: 市级 行政区: \"甲市\" 基期: 2020 规划期: 2021..2025 展望: 2035 下辖行政区: [\"乙县\", \"丙县\"] }\n";
    internal const string County = "规划 county { 标题: \"县规划\" 级别: 县级 行政区: \"乙县\" 上级规划: city 基期: 2020 规划期: 2021..2025 展望: 2035 }\n";

    [Theory]
    [InlineData("MP3002", "", "", "规划 p { 标题: \"省\" 级别: 省级 行政区: \"省\" 基期: 2020 规划期: 2021..2025 展望: 2035 }")]
    [InlineData("MP3003", "", "", "规划 city { 标题: \"市规划\" 级别: 市级 基期: 2019 规划期: 2021..2025 展望: 2035 }")]
    [InlineData("MP3004", "", "分区 Z \"甲区\" { 类型: 重点勘查区 落实: 上级.nothing }", null)]
    [InlineData("MP3005", "分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 }", "分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 金矿 落实: 上级.Z }", null)]
    [InlineData("MP3006", "最低开采规模 s { 矿种: 建筑用砂石 矿山类型: 全部 值: 20 万立方米/年 }", "分区 ZC \"集中区\" { 类型: 集中开采区 最低规模: 10 万立方米/年 }", null)]
    [InlineData("MP3006", "最低开采规模 s { 矿种: 铁矿 矿山类型: 新建 值: 30 万吨/年 }", "最低开采规模 t { 矿种: 铁矿 矿山类型: 新建 值: 200000 吨/年 }", null)]
    [InlineData("MP3007", "矿种方向 d { 活动: 开采 方向: 禁止 矿种: 砖瓦用黏土 }", "矿种方向 e { 活动: 开采 方向: 鼓励 矿种: 砖瓦用粘土 }", null)]
    [InlineData("MP3009", "数量 a { 类型: 勘查 级别: 市级 按行政区: [\"乙县\" = 14 个] }", "数量 c { 类型: 勘查 总数: 17 个 按级别: [省级 = 3 个, 市级 = 13 个] }", null)]
    [InlineData("MP3010", "开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 0.003 亿吨/年] }", "指标 i \"铁矿年开采量\" { 矿种: 铁矿 值: <= 200 万吨/年 口径: 年度 }", null)]
    [InlineData("MP3011", "指标 i \"矿山数量\" { 值: <= 30 个 属性: 约束性 }", "指标 j \"矿山数量\" { 值: <= 30 个 属性: 预期性 }", null)]
    [InlineData("MP3013", "最低开采规模 s { 矿种: 建筑用砂石 矿山类型: 全部 值: 20 万立方米/年 }", "最低开采规模 t { 矿种: 建筑用砂石 值: 50 万吨/年 }", null)]
    [InlineData("MP2007", "", "章 \"形势\" { 段: \"要与丙县矿业经济的发展相适应。\" }", null)]
    public void The_rule_fires_with_the_parent_as_related_location(string code, string parentBody, string childBody, string? parentHeader)
    {
        var diagnostics = Check(parentHeader ?? City, parentBody, childBody);
        var found = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one {code}, got: {Compile.Codes(diagnostics)}");
        Assert.Contains(found[0].Related, r => r.Span.File == "parent.mplan");
    }

    [Theory]
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 }", "分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 铁 落实: 上级.Z }")]
    [InlineData("最低开采规模 s { 矿种: 建筑用砂石 矿山类型: 全部 值: 20 万立方米/年 }", "分区 ZC \"集中区\" { 类型: 集中开采区 最低规模: 20 万立方米/年 }")]
    [InlineData("最低开采规模 s { 矿种: 建筑用砂石 矿山类型: 全部 值: 20 万立方米/年 约合: 50 万吨/年 }", "最低开采规模 t { 矿种: 建筑用砂石 值: 50 万吨/年 }")]
    [InlineData("最低开采规模 s { 矿种: 建筑用砂石 矿山类型: 全部 值: 20 万立方米/年 }", "最低开采规模 t { 矿种: 建筑用砂石 值: 50 万吨/年 约合: 20 万立方米/年 }")]
    [InlineData("矿种方向 d { 活动: 开采 方向: 禁止 矿种: 砖瓦用黏土 }", "矿种方向 e { 活动: 勘查 方向: 鼓励 矿种: 砖瓦用黏土 }")]
    [InlineData("数量 a { 类型: 勘查 级别: 市级 按行政区: [\"乙县\" = 14 个] }", "数量 c { 类型: 勘查 总数: 17 个 按级别: [省级 = 3 个, 市级 = 14 个] }")]
    [InlineData("开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 0.003 亿吨/年] }", "指标 i \"铁矿年开采量\" { 矿种: 铁矿 值: <= 30 万吨/年 口径: 年度 }")]
    [InlineData("指标 i \"矿山数量\" { 值: <= 30 个 属性: 约束性 }", "指标 j \"矿山数量\" { 值: <= 28 个 属性: 约束性 }")]
    // Near misses: one respect differs from a triggering pair, and that makes it right.
    [InlineData("指标 i \"开采总量\" { 矿种: 铁矿 值: <= 30 万吨/年 属性: 约束性 }", "指标 j \"开采总量\" { 矿种: 金矿 值: <= 30 万吨/年 属性: 预期性 }")]
    [InlineData("指标 i \"矿山数量\" { 值: <= 30 个 属性: 约束性 }", "指标 j \"大中型矿山数量\" { 值: <= 30 个 属性: 预期性 }")]
    [InlineData("最低开采规模 s { 矿种: 铁矿 矿山类型: 新建 值: 30 万吨/年 }", "最低开采规模 t { 矿种: 金矿 矿山类型: 新建 值: 3 万吨/年 }")]
    [InlineData("矿种方向 d { 活动: 开采 方向: 禁止 矿种: 砖瓦用黏土 }", "矿种方向 e { 活动: 开采 方向: 鼓励 矿种: 建筑用砂石 }")]
    [InlineData("开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 0.003 亿吨/年] }", "指标 i \"金矿年开采量\" { 矿种: 金矿 值: <= 200 万吨/年 口径: 年度 }")]
    [InlineData("", "章 \"形势\" { 段: \"辽宁凌源野猪沟－建平新城铁矿，与甲市协调。\" }")]
    public void The_rules_stay_quiet_when_the_child_follows_the_parent(string parentBody, string childBody)
    {
        // A count with no item drawn is rightly MP2023 information (DeclaredButAbsentTests); nothing here is wrong.
        var diagnostics = Check(City, parentBody, childBody).Where(d => d.Code != "MP2023").ToList();
        Assert.True(diagnostics.Count == 0, Compile.Codes(diagnostics));
    }

    [Fact]
    public void A_missing_parent_is_MP3001_at_the_parent_reference()
    {
        using var temp = new TempFolder();
        temp.Write("plans/county/plan.mplan", County);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/county", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plans/county/plan.mplan:1:46: error MP3001: the parent plan 'city'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parent_is_found_beside_the_plan_folder_and_related_locations_are_printed()
    {
        using var temp = new TempFolder();
        temp.Write("plans/city/plan.mplan", City + "指标 i \"矿山数量\" { 值: <= 30 个 属性: 约束性 }");
        temp.Write("plans/county/plan.mplan", County + "指标 j \"矿山数量\" { 值: <= 30 个 属性: 预期性 }");
        var result = CliRunner.RunIn(temp.Path, "check", "plans/county", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plans/county/plan.mplan:2:1: error MP3011:", result.Output, StringComparison.Ordinal);
        Assert.Contains("  plans/city/plan.mplan:2:1: note: 矿山数量 in city", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 }", "分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 金矿 落实: 上级.Z }", "MP3005")]
    [InlineData("数量 a { 类型: 勘查 级别: 市级 按行政区: [\"乙县\" = 14 个] }", "数量 c { 类型: 勘查 总数: 17 个 按级别: [省级 = 3 个, 市级 = 13 个] }", "MP3009")]
    [InlineData("最低开采规模 s { 矿种: 建筑用砂石 矿山类型: 全部 值: 20 万立方米/年 }", "分区 ZC \"集中区\" { 类型: 集中开采区 最低规模: 10 万立方米/年 }", "MP3006")]
    [InlineData("开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 0.003 亿吨/年] }", "指标 i \"铁矿年开采量\" { 矿种: 铁矿 值: <= 200 万吨/年 口径: 年度 }", "MP3010")]
    public void Cross_level_findings_name_both_sides_in_both_languages_and_point_at_the_parent(string parentBody, string childBody, string code)
    {
        var finding = Check(City, parentBody, childBody).Single(d => d.Code == code);
        var expected = new Dictionary<string, (string En, string Zh)>
        {
            ["MP3005"] = ("'甲区' carries out '甲区' but its minerals is 金矿 where the upstream plan has 铁矿; carry it out unchanged", "“甲区”落实“甲区”，但其矿种为 金矿，上级规划为 铁矿；落实时应保持一致"),
            ["MP3009"] = ("'city' allots 14个 市级勘查 to 乙县, but this plan declares 13; carry out the upper plan's allotment", "上级规划“city”为乙县安排市级勘查 14个，本规划为 13；请落实上级规划的安排"),
            ["MP3006"] = ("the minimum scale of 集中区 for 建筑用砂石 is 10万立方米/年, below the 20万立方米/年 that 'city' sets; it may be raised, never lowered", "“集中区”中建筑用砂石的最低开采规模为 10万立方米/年，低于上级规划“city”规定的 20万立方米/年；可以提高，不得降低"),
            ["MP3010"] = ("'铁矿年开采量' for 铁矿 is ≤200万吨/年, above the 0.003亿吨/年 that 'city' allocates to 乙县; stay within the allocation", "“铁矿年开采量”中铁矿为 ≤200万吨/年，超过上级规划“city”分解给乙县的 0.003亿吨/年；不得超过分解指标"),
        }[code];
        Assert.Equal(expected.En, finding.Message(Language.En));
        Assert.Equal(expected.Zh, finding.Message(Language.Zh));

        // Every argument the message names is filled: no "{n}" left, and the parent is the related place.
        Assert.DoesNotContain("{", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain("{", finding.Message(Language.Zh), StringComparison.Ordinal);
        Assert.Contains(finding.Related, r => r.Span.File == "parent.mplan");
        Assert.Equal("child.mplan", finding.Span.File);
    }

    [Fact]
    public void Allotments_and_quotas_carry_their_derivations()
    {
        var allotment = Check(City, "数量 a { 类型: 勘查 级别: 市级 按行政区: [\"乙县\" = 14 个] }", "数量 c { 类型: 勘查 总数: 17 个 按级别: [省级 = 3 个, 市级 = 13 个] }")
            .Single(d => d.Code == "MP3009");
        Assert.Matches(@"^13 \(child\.mplan:2:\d+\) ≠ 14个 \(city\) \(parent\.mplan:2:\d+\) \(declared ≠ allotted\)$", allotment.Derivation!.Text);

        var quota = Check(City, "开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 0.003 亿吨/年] }", "指标 i \"铁矿年开采量\" { 矿种: 铁矿 值: <= 200 万吨/年 口径: 年度 }")
            .Single(d => d.Code == "MP3010");
        Assert.Matches(@"^≤200万吨/年 \(child\.mplan:2:\d+\) > 0\.003亿吨/年 \(city\) \(parent\.mplan:2:\d+\) \(in base units 2000000 > 300000\)$", quota.Derivation!.Text);
    }

    internal static IReadOnlyList<Diagnostic> Check(string parentHeader, string parentBody, string childBody)
    {
        var parent = Compile.Text(parentHeader + parentBody, "parent.mplan");
        Assert.True(!parent.HasErrors, Compile.Codes(parent.Diagnostics));
        var child = Compile.Text(County + childBody, "child.mplan");
        Assert.True(!child.HasErrors, Compile.Codes(child.Diagnostics));
        return [.. child.Diagnostics.Concat(PlanChecker.Check(child, [parent.Plan!]))];
    }
}

/// <summary>From the upper plan's side: the children present in the workspace carry out its per-region table.</summary>
public sealed class ChildrenAllotmentTests
{
    [Fact]
    public void A_city_table_is_compared_with_the_county_plans_present()
    {
        using var temp = new TempFolder();
        temp.Write("plans/city/plan.mplan", """
            规划 city { 标题: "市规划" 级别: 市级 行政区: "甲市" 基期: 2020 规划期: 2021..2025 展望: 2035 }
            数量 zl5 { 类型: 集中开采区 总数: 9 处 按行政区: ["乙县" = 7 处, "丙县" = 2 处] }
            """);
        temp.Write("plans/yi/plan.mplan", """
            规划 yi { 标题: "乙县规划" 级别: 县级 行政区: "乙县" 上级规划: city 基期: 2020 规划期: 2021..2025 展望: 2035 }
            数量 zc { 类型: 集中开采区 总数: 6 处 }
            """);
        temp.Write("plans/bing/plan.mplan", """
            规划 bing { 标题: "丙县规划" 级别: 县级 行政区: "丙县" 上级规划: city 基期: 2020 规划期: 2021..2025 展望: 2035 }
            分区 a "甲集中区" { 类型: 集中开采区 }
            分区 b "乙集中区" { 类型: 集中开采区 }
            """);
        var city = CliRunner.RunIn(temp.Path, "check", "plans/city", "--lang", "en");
        Assert.Equal(1, city.ExitCode);
        Assert.Contains("plans/city/plan.mplan:2:35: error MP3014: this plan allots 7处", city.Output, StringComparison.Ordinal);
        Assert.Contains("plans/yi/plan.mplan:2:", city.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("丙县", city.Output.Split('\n').Where(l => l.Contains("MP3014", StringComparison.Ordinal)).Single()[..60], StringComparison.Ordinal);
        var yi = CliRunner.RunIn(temp.Path, "check", "plans/yi", "--lang", "en");
        Assert.Contains("error MP3009", yi.Output, StringComparison.Ordinal);
    }
}

/// <summary>MP3014 through the library: what the finding says and where, for zone and block tables.</summary>
public sealed class ChildrenAllotmentEdgeTests
{
    private const string City = "规划 city { 标题: \"市规划\" 级别: 市级 行政区: \"甲市\" 基期: 2020 规划期: 2021..2025 展望: 2035 }\n";
    private const string Yi = "规划 yi { 标题: \"乙县规划\" 级别: 县级 行政区: \"乙县\" 上级规划: city 基期: 2020 规划期: 2021..2025 展望: 2035 }\n";

    private static IReadOnlyList<Diagnostic> Check(string cityBody, string childBody)
    {
        var city = Compile.Text(City + cityBody, "city.mplan");
        var child = Compile.Text(Yi + childBody, "yi.mplan");
        return [.. PlanChecker.Check(city, [], null, [child.Plan!]).Where(d => d.Code == "MP3014")];
    }

    [Fact]
    public void A_zone_allotment_the_county_does_not_declare_names_both_figures_and_the_countys_place()
    {
        var finding = Assert.Single(Check("数量 zl5 { 类型: 集中开采区 总数: 9 处 按行政区: [\"乙县\" = 7 处, \"丙县\" = 2 处] }", "数量 zc { 类型: 集中开采区 总数: 6 处 }"));
        Assert.Equal("this plan allots 7处 集中开采区 to 乙县, but the 乙县 plan 'yi' declares 6; correct the table or the lower plan", finding.Message(Language.En));
        Assert.Equal("本规划为乙县安排集中开采区 7处，但乙县规划“yi”为 6；请修正本表或下级规划", finding.Message(Language.Zh));
        Assert.Equal(("city.mplan", 2), (finding.Span.File, finding.Span.Line));
        var related = Assert.Single(finding.Related);
        Assert.Equal(("yi.mplan", "the yi plan's figure", "下级规划 yi 中的数值"), (related.Span.File, related.MessageEn, related.MessageZh));
    }

    [Fact]
    public void A_block_allotment_names_the_block_kind()
    {
        var finding = Assert.Single(Check("数量 kc { 类型: 勘查 级别: 市级 按行政区: [\"乙县\" = 3 个] }", "数量 c { 类型: 勘查 总数: 5 个 按级别: [省级 = 1 个, 市级 = 4 个] }"));
        Assert.StartsWith("this plan allots 3个 勘查 to 乙县, but the 乙县 plan 'yi' declares 4;", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("数量 zl5 { 类型: 集中开采区 总数: 9 处 按行政区: [\"乙县\" = 6 处, \"丙县\" = 3 处] }")]   // as declared
    [InlineData("数量 zl5 { 类型: 集中开采区 总数: 9 处 按行政区: [\"丁县\" = 9 处] }")]                  // a county not present
    [InlineData("数量 zl5 { 类型: 集中开采区 总数: 9 处 }")]                                                // no table by region
    public void Tables_the_counties_carry_out_or_cannot_be_compared_are_quiet(string cityBody) =>
        Assert.Empty(Check(cityBody, "数量 zc { 类型: 集中开采区 总数: 6 处 }"));
}
