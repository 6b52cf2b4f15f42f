using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Semantics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>
/// The cross-level rules field by field and edge by edge: each thing a carried item must keep, each way a count,
/// a quota or a minimum scale is read, with the full message where the message names the difference. Written from
/// the surviving mutants of MP3005, MP3006, MP3009 and MP3010 (README "Mutation testing").
/// </summary>
public sealed class CrossLevelEdgeTests
{
    private const string City = CrossLevelRuleTests.City;

    // MP3005: every field a carried-out item keeps, named in both languages.
    [Theory]
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 }", "分区 Z \"乙区\" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 落实: 上级.Z }",
        "'乙区' carries out '甲区' but its name is 乙区 where the upstream plan has 甲区; carry it out unchanged", "“乙区”落实“甲区”，但其名称为 乙区，上级规划为 甲区；落实时应保持一致")]
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 }", "分区 Z \"甲区\" { 类型: 重点开采区 级别: 省级 矿种: 铁矿 落实: 上级.Z }",
        "'甲区' carries out '甲区' but its kind is 重点开采区 where the upstream plan has 重点勘查区; carry it out unchanged", "“甲区”落实“甲区”，但其类型为 重点开采区，上级规划为 重点勘查区；落实时应保持一致")]
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 }", "分区 Z \"甲区\" { 类型: 重点勘查区 级别: 市级 矿种: 铁矿 落实: 上级.Z }",
        "'甲区' carries out '甲区' but its level is 市级 where the upstream plan has 省级; carry it out unchanged", "“甲区”落实“甲区”，但其级别为 市级，上级规划为 省级；落实时应保持一致")]
    [InlineData("区块 K \"甲块\" { 类型: 勘查 级别: 省级 矿种: 铁矿 }", "区块 K \"甲块\" { 类型: 开采 级别: 省级 矿种: 铁矿 落实: 上级.K }",
        "'甲块' carries out '甲块' but its kind is 开采 where the upstream plan has 勘查; carry it out unchanged", "“甲块”落实“甲块”，但其类型为 开采，上级规划为 勘查；落实时应保持一致")]
    [InlineData("区块 K \"甲块\" { 类型: 勘查 级别: 省级 矿种: 铁矿 }", "区块 K \"甲块\" { 类型: 勘查 级别: 市级 矿种: 铁矿 落实: 上级.K }",
        "'甲块' carries out '甲块' but its level is 市级 where the upstream plan has 省级; carry it out unchanged", "“甲块”落实“甲块”，但其级别为 市级，上级规划为 省级；落实时应保持一致")]
    [InlineData("区块 K \"甲块\" { 类型: 勘查 级别: 省级 矿种: 铁矿 面积: 2 km2 }", "区块 K \"甲块\" { 类型: 勘查 级别: 省级 矿种: 铁矿 面积: 3 km2 落实: 上级.K }",
        "'甲块' carries out '甲块' but its area is 3km2 where the upstream plan has 2km2; carry it out unchanged", "“甲块”落实“甲块”，但其面积为 3km2，上级规划为 2km2；落实时应保持一致")]
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: [铁矿, 金矿] }", "分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: [铁矿, 铜矿] 落实: 上级.Z }",
        "'甲区' carries out '甲区' but its minerals is 铁矿、铜矿 where the upstream plan has 金矿、铁矿; carry it out unchanged", "“甲区”落实“甲区”，但其矿种为 铁矿、铜矿，上级规划为 金矿、铁矿；落实时应保持一致")]
    [InlineData("区块 K \"甲块\" { 类型: 勘查 级别: 省级 矿种: 铁矿 }", "分区 K \"甲块\" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 落实: 上级.K }",
        "'甲块' carries out '甲块' but its kind is 分区 where the upstream plan has 区块; carry it out unchanged", "“甲块”落实“甲块”，但其类型为 分区，上级规划为 区块；落实时应保持一致")]
    public void A_carried_item_that_changes_one_field_is_told_which(string parent, string child, string en, string zh)
    {
        var finding = Assert.Single(Check(parent, child), d => d.Code == "MP3005");
        Assert.Equal(en, finding.Message(Language.En));
        Assert.Equal(zh, finding.Message(Language.Zh));
        Assert.Contains(finding.Related, r => r.Span.File == "parent.mplan");
    }

    [Theory]
    // Minerals in another order are the same minerals.
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: [铁矿, 金矿] }", "分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: [金矿, 铁矿] 落实: 上级.Z }")]
    // What the child leaves unstated is not a difference.
    [InlineData("分区 Z \"甲区\" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 }", "分区 Z \"甲区\" { 类型: 重点勘查区 落实: 上级.Z }")]
    [InlineData("区块 K \"甲块\" { 类型: 勘查 级别: 省级 矿种: 铁矿 面积: 2 km2 }", "区块 K \"甲块\" { 类型: 勘查 级别: 省级 矿种: 铁矿 落实: 上级.K }")]
    // The same area in another unit.
    [InlineData("区块 K \"甲块\" { 类型: 勘查 级别: 省级 矿种: 铁矿 面积: 2 km2 }", "区块 K \"甲块\" { 类型: 勘查 级别: 省级 矿种: 铁矿 面积: 2 km2 落实: 上级.K }")]
    public void A_carried_item_that_keeps_every_stated_field_is_quiet(string parent, string child) =>
        Assert.DoesNotContain(Check(parent, child), d => d.Code is "MP3005" or "MP9001");

    // MP3009: what the child declares, read from a total, a level breakdown or its itemised entries.
    [Fact]
    public void An_allotment_without_a_level_names_the_kind_alone()
    {
        var finding = Assert.Single(Check("数量 a { 类型: 集中开采区 按行政区: [\"乙县\" = 2 个] }",
            "数量 c { 类型: 集中开采区 总数: 1 个 }"), d => d.Code == "MP3009");
        Assert.Equal("上级规划“city”为乙县安排集中开采区 2个，本规划为 1；请落实上级规划的安排", finding.Message(Language.Zh));
        Assert.Equal("'city' allots 2个 集中开采区 to 乙县, but this plan declares 1; carry out the upper plan's allotment", finding.Message(Language.En));
    }

    [Fact]
    public void Itemised_entries_count_when_the_child_declares_no_figure()
    {
        var finding = Assert.Single(Check("数量 a { 类型: 勘查 级别: 市级 按行政区: [\"乙县\" = 2 个] }",
            "区块 K1 \"甲块\" { 类型: 勘查 级别: 市级 矿种: 铁矿 }"), d => d.Code == "MP3009");
        Assert.EndsWith("本规划为 1；请落实上级规划的安排", finding.Message(Language.Zh), StringComparison.Ordinal);
        Assert.Equal(2, finding.Span.Line);
    }

    [Fact]
    public void A_level_breakdown_without_the_allotted_level_falls_back_to_the_entries()
    {
        // The child's table has no 市级 row: its 市级 blocks are counted instead, and nothing fails.
        var diagnostics = Check("数量 a { 类型: 勘查 级别: 市级 按行政区: [\"乙县\" = 2 个] }",
            "数量 c { 类型: 勘查 按级别: [省级 = 3 个] }\n区块 K1 \"甲块\" { 类型: 勘查 级别: 市级 矿种: 铁矿 }\n区块 K2 \"乙块\" { 类型: 勘查 级别: 市级 矿种: 铁矿 }");
        Assert.DoesNotContain(diagnostics, d => d.Code is "MP3009" or "MP9001");
    }

    [Fact]
    public void A_count_without_a_total_is_read_from_its_entries_when_the_allotment_has_no_level()
    {
        var diagnostics = Check("数量 a { 类型: 集中开采区 按行政区: [\"乙县\" = 1 个] }",
            "数量 c { 类型: 集中开采区 按级别: [县级 = 1 个] }\n分区 Z \"甲区\" { 类型: 集中开采区 矿种: 建筑用砂石 }");
        Assert.DoesNotContain(diagnostics, d => d.Code is "MP3009" or "MP9001");
    }

    // MP3010: every way an amount meets an allocation.
    [Theory]
    // A quota (开采总量) of the child, not only an annual indicator.
    [InlineData("开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 30 万吨/年] }", "开采总量 r { 矿种: 铁矿 值: 40 万吨/年 }")]
    // An indicator of the parent carrying the allocation.
    [InlineData("指标 i \"铁矿年开采量\" { 矿种: 铁矿 值: <= 100 万吨/年 口径: 年度 分解: [\"乙县\" = 30 万吨/年] }", "开采总量 r { 矿种: 铁矿 值: 40 万吨/年 }")]
    // The parent allocates for two minerals; the child's amount is for one of them.
    [InlineData("开采总量 q { 矿种: [铁矿, 金矿] 值: 100 万吨/年 分解: [\"乙县\" = 30 万吨/年] }", "开采总量 r { 矿种: 铁矿 值: 40 万吨/年 }")]
    // The child's amount covers two minerals, one of them allocated.
    [InlineData("开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 30 万吨/年] }", "开采总量 r { 矿种: [铁矿, 铜矿] 值: 40 万吨/年 }")]
    public void An_amount_above_the_allocation_is_MP3010(string parent, string child) =>
        Assert.Single(Check(parent, child), d => d.Code == "MP3010");

    [Theory]
    // A cumulative or end-of-period figure is not an annual amount.
    [InlineData("开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 30 万吨/年] }", "指标 i \"铁矿开采量\" { 矿种: 铁矿 值: <= 40 万吨/年 口径: 累计 }")]
    // An allocation to another county only.
    [InlineData("开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"丙县\" = 30 万吨/年] }", "开采总量 r { 矿种: 铁矿 值: 40 万吨/年 }")]
    // Exactly the allocation.
    [InlineData("开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 30 万吨/年] }", "开采总量 r { 矿种: 铁矿 值: 30 万吨/年 }")]
    public void An_amount_within_or_outside_the_allocation_is_quiet(string parent, string child) =>
        Assert.DoesNotContain(Check(parent, child), d => d.Code is "MP3010" or "MP9001");

    [Fact]
    public void The_quota_message_names_every_mineral_of_the_amount()
    {
        var finding = Assert.Single(Check("开采总量 q { 矿种: 铁矿 值: 100 万吨/年 分解: [\"乙县\" = 30 万吨/年] }", "开采总量 r { 矿种: [铁矿, 铜矿] 值: 40 万吨/年 }"),
            d => d.Code == "MP3010");
        Assert.Contains("中铁矿、铜矿为 40万吨/年", finding.Message(Language.Zh), StringComparison.Ordinal);
    }

    // MP3006: which of the parent's minimum scales apply, and in which unit the child's figure is read.
    [Theory]
    // The parent's scale covers two minerals; the child's is one of them.
    [InlineData("最低开采规模 s { 矿种: [铁矿, 金矿] 矿山类型: 新建 值: 30 万吨/年 }", "最低开采规模 t { 矿种: 铁矿 矿山类型: 新建 值: 20 万吨/年 }")]
    // The parent's scale for every kind of mine applies to a new one, and a scale for new mines to a child that does not say.
    [InlineData("最低开采规模 s { 矿种: 铁矿 矿山类型: 全部 值: 30 万吨/年 }", "最低开采规模 t { 矿种: 铁矿 矿山类型: 新建 值: 20 万吨/年 }")]
    [InlineData("最低开采规模 s { 矿种: 铁矿 矿山类型: 新建 值: 30 万吨/年 }", "最低开采规模 t { 矿种: 铁矿 值: 20 万吨/年 }")]
    [InlineData("最低开采规模 s { 矿种: 铁矿 值: 30 万吨/年 }", "最低开采规模 t { 矿种: 铁矿 矿山类型: 改扩建 值: 20 万吨/年 }")]
    // The child's 约合 is read when its own figure is in another dimension.
    [InlineData("最低开采规模 s { 矿种: 建筑用砂石 矿山类型: 全部 值: 20 万立方米/年 }", "最低开采规模 t { 矿种: 建筑用砂石 值: 50 万吨/年 约合: 10 万立方米/年 }")]
    // A 集中开采区 under a parent scale that lists 建筑用砂石 among others.
    [InlineData("最低开采规模 s { 矿种: [建筑用砂石, 砖瓦用黏土] 矿山类型: 全部 值: 20 万立方米/年 }", "分区 ZC \"集中区\" { 类型: 集中开采区 最低规模: 10 万立方米/年 }")]
    public void A_scale_below_an_applicable_parent_scale_is_MP3006(string parent, string child) =>
        Assert.Single(Check(parent, child), d => d.Code == "MP3006");

    [Theory]
    // A scale for new mines does not bind an expanded one, and the reverse.
    [InlineData("最低开采规模 s { 矿种: 铁矿 矿山类型: 新建 值: 30 万吨/年 }", "最低开采规模 t { 矿种: 铁矿 矿山类型: 改扩建 值: 20 万吨/年 }")]
    [InlineData("最低开采规模 s { 矿种: 铁矿 矿山类型: 改扩建 值: 30 万吨/年 }", "最低开采规模 t { 矿种: 铁矿 矿山类型: 新建 值: 20 万吨/年 }")]
    public void A_scale_for_another_kind_of_mine_is_quiet(string parent, string child) =>
        Assert.DoesNotContain(Check(parent, child), d => d.Code is "MP3006" or "MP9001");

    [Fact]
    public void The_minimum_scale_derivation_compares_with_the_parents_figure()
    {
        var finding = Assert.Single(Check("最低开采规模 s { 矿种: 铁矿 矿山类型: 新建 值: 30 万吨/年 }", "最低开采规模 t { 矿种: 铁矿 矿山类型: 新建 值: 20 万吨/年 }"),
            d => d.Code == "MP3006");
        Assert.Matches(@"^20万吨/年 \(child\.mplan:2:\d+\) < 30万吨/年 \(parent\.mplan:2:\d+\) \(city\)$", finding.Derivation!.Text);
    }

    [Fact]
    public void Incomparable_units_name_both_dimensions()
    {
        var finding = Assert.Single(Check("最低开采规模 s { 矿种: 建筑用砂石 矿山类型: 全部 值: 20 万立方米/年 }", "最低开采规模 t { 矿种: 建筑用砂石 值: 50 万吨/年 }"),
            d => d.Code == "MP3013");
        Assert.Contains("mass per year", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("volume per year", finding.Message(Language.En), StringComparison.Ordinal);
    }

    // MP3003: each of the three years, at the child's own figure, with the parent's as related location.
    [Theory]
    [InlineData("基期: 2019 规划期: 2021..2025 展望: 2035", "基期 / base year is 2019 here but 2020 in the parent plan 'city'; use the parent's years", "基期: 2019", "基期: 2020", "基期")]
    [InlineData("基期: 2020 规划期: 2021..2030 展望: 2035", "规划期 / period is 2021-2030 here but 2021-2025 in the parent plan 'city'; use the parent's years", "2021..2030", "2021..2025", "规划期")]
    [InlineData("基期: 2020 规划期: 2021..2025 展望: 2030", "展望 / outlook is 2030 here but 2035 in the parent plan 'city'; use the parent's years", "规划 county", "规划 city", "展望")]
    public void A_year_that_differs_from_the_parent_is_MP3003_where_it_is_written(string years, string message, string at, string parentAt, string field)
    {
        var parent = Compile.Text(City, "parent.mplan");
        var childText = "规划 county { 标题: \"县规划\" 级别: 县级 行政区: \"乙县\" 上级规划: city " + years + " }\n";
        var child = Compile.Text(childText, "child.mplan");
        var finding = Assert.Single(PlanChecker.Check(child, [parent.Plan!]), d => d.Code == "MP3003");
        Assert.Equal(message, finding.Message(Language.En));
        Assert.Equal(childText.IndexOf(at, StringComparison.Ordinal) + 1, finding.Span.Column);
        var related = Assert.Single(finding.Related);
        Assert.Equal("parent.mplan", related.Span.File);
        Assert.Equal(City.IndexOf(parentAt, StringComparison.Ordinal) + 1, related.Span.Column);
        Assert.Equal($"上级规划 city 中的{field}", related.MessageZh);
    }

    private static IReadOnlyList<Diagnostic> Check(string parentBody, string childBody) => CrossLevelRuleTests.Check(City, parentBody, childBody);
}
