using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2023: a count the plan declares for things it lists fewer of, or none.</summary>
public sealed class DeclaredButAbsentTests
{
    private const string SandScale = """
        最低开采规模 sand "普通建筑用砂石土" {
            矿种: 建筑用砂石
            矿山类型: 全部
            值: 20 万立方米/年
        }

        """;

    private const string IronScale = """
        最低开采规模 iron "铁矿" {
            矿种: 铁矿
            矿山类型: 全部
            值: 30 万吨/年
        }

        """;

    private static string Declared(string value) => $$"""
        现状 minerals "设置最低规模准入条件的矿种" {
            值: {{value}}
            计数: 最低开采规模
        }

        """;

    [Fact]
    public void Eighteen_minerals_declared_with_one_listed_is_information_naming_what_is_there()
    {
        var finding = Assert.Single(Compile.Diagnostics(Declared("18 个") + SandScale), d => d.Code == "MP2023");
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal("“设置最低规模准入条件的矿种”称有 18个，但本规划仅列出 1（建筑用砂石）；请逐项列出（最低开采规模），或注明其所在", finding.Message(Language.Zh));
    }

    [Theory]
    [InlineData("2 个")]     // as many as listed
    [InlineData("1 个")]     // fewer declared than listed is not "absent"
    [InlineData(">= 18 个")] // not an exact count
    public void A_count_the_list_meets_or_an_inexact_one_is_quiet(string value) =>
        Assert.DoesNotContain("MP2023", Compile.Codes(Compile.Diagnostics(Declared(value) + SandScale + IronScale)));

    [Fact]
    public void A_figure_that_does_not_say_what_it_counts_is_not_held_against_the_items() =>
        Assert.DoesNotContain("MP2023", Compile.Codes(Compile.Diagnostics(Declared("18 个").Replace("计数: 最低开采规模", string.Empty, StringComparison.Ordinal) + SandScale)));

    [Fact]
    public void Blocks_counted_but_none_drawn_are_reported_and_an_allotment_by_region_is_not()
    {
        const string count = """
            数量 blocks "勘查规划区块" {
                类型: 勘查
                总数: 17 个
            }
            """;
        var finding = Assert.Single(Compile.Diagnostics(count), d => d.Code == "MP2023");
        Assert.Contains("17个", finding.Message(Language.Zh), StringComparison.Ordinal);
        Assert.Contains("勘查规划区块", finding.Message(Language.Zh), StringComparison.Ordinal);

        var allotted = count.Replace("总数: 17 个", "总数: 17 个\n    按行政区: [\"甲县\" = 17 个]", StringComparison.Ordinal);
        Assert.DoesNotContain("MP2023", Compile.Codes(Compile.Diagnostics(allotted)));

        const string drawn = """

            区块 KC01 "甲区块" {
                类型: 勘查
                矿种: 金矿
            }
            """;
        Assert.DoesNotContain("MP2023", Compile.Codes(Compile.Diagnostics(count + drawn)));
    }
}
