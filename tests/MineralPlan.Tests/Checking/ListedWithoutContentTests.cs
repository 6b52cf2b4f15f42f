using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2014: a table or figure the document lists (插入) with nothing to fill it, named by its kind in both languages.</summary>
public sealed class ListedWithoutContentTests
{
    private static IReadOnlyList<Diagnostic> Findings(string body) =>
        [.. Compile.Diagnostics(body).Where(d => d.Code == "MP2014")];

    [Theory]
    [InlineData("附表", "appendix table '附表1 国家规划矿区表'", "附表“附表1 国家规划矿区表”")]
    [InlineData("专栏", "box '附表1 国家规划矿区表'", "专栏“附表1 国家规划矿区表”")]
    [InlineData("表", "table '附表1 国家规划矿区表'", "表格“附表1 国家规划矿区表”")]
    public void An_empty_table_is_named_by_its_kind(string kind, string en, string zh)
    {
        var finding = Assert.Single(Findings($"表格 fb1 \"附表1 国家规划矿区表\" {{ 类型: {kind} }}\n章 \"附表\" {{ 插入: fb1 }}\n"));
        Assert.StartsWith(en + " is listed in the document but the plan has no content for it", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.StartsWith(zh + "列入了文本", finding.Message(Language.Zh), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }

    [Fact]
    public void A_table_with_columns_but_no_rows_has_its_layout_and_is_quiet() =>
        Assert.Empty(Findings("表格 fb1 \"附表1\" { 类型: 附表 列: [\"名称\", \"面积\"] }\n章 \"附表\" { 插入: fb1 }\n"));

    [Fact]
    public void A_figure_in_a_plan_that_draws_nothing_is_named_as_a_figure()
    {
        var finding = Assert.Single(Findings("附图 ft1 \"矿产资源勘查规划图\" { }\n章 \"附图\" { 插入: ft1 }\n"));
        Assert.Equal("figure '矿产资源勘查规划图' is listed in the document but the plan has no content for it; add its rows (行 or 来源) or boundaries, or say where it is published",
            finding.Message(Language.En));
        Assert.StartsWith("附图“矿产资源勘查规划图”", finding.Message(Language.Zh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("分区 Z \"甲区\" { 类型: 集中开采区 坐标系: \"CGCS2000 lonlat\" 边界: [[120.05, 40.63, 120.06, 40.63, 120.06, 40.64, 120.05, 40.63]] }")]   // a zone draws
    [InlineData("区块 B \"甲块\" { 类型: 开采 坐标系: \"CGCS2000 lonlat\" 边界: [[120.05, 40.63, 120.06, 40.63, 120.06, 40.64, 120.05, 40.63]] }")]   // a block draws
    public void A_figure_is_drawn_from_any_boundary_of_the_plan(string item) =>
        Assert.Empty(Findings("附图 ft1 \"规划图\" { }\n" + item + "\n章 \"附图\" { 插入: ft1 }\n"));

    [Fact]
    public void A_figure_is_drawn_from_the_plans_own_boundary()
    {
        const string header = "规划 t { 标题: \"测试县矿产资源规划\" 级别: 县级 基期: 2020 规划期: 2021..2025 展望: 2035 坐标系: \"CGCS2000 lonlat\" 边界: [[120.05, 40.63, 120.06, 40.63, 120.06, 40.64, 120.05, 40.63]] }\n";
        Assert.DoesNotContain("MP2014", Compile.Codes(Compile.Diagnostics(header + "附图 ft1 \"规划图\" { }\n章 \"附图\" { 插入: ft1 }\n", withHeader: false)));
    }

    [Fact]
    public void A_zone_without_a_boundary_draws_nothing() =>
        Assert.Single(Findings("附图 ft1 \"规划图\" { }\n分区 Z \"甲区\" { 类型: 集中开采区 }\n章 \"附图\" { 插入: ft1 }\n"));
}
