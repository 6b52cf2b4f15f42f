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

    [Fact]
    public void Minerals_are_counted_once_however_many_items_name_them()
    {
        // Two scales of one mineral (new mines and existing ones) are one mineral of the three declared.
        var second = SandScale.Replace("sand", "sand2", StringComparison.Ordinal).Replace("全部", "新建", StringComparison.Ordinal);
        var finding = Assert.Single(Compile.Diagnostics(Declared("3 个") + SandScale + second + IronScale), d => d.Code == "MP2023");
        Assert.Equal("'设置最低规模准入条件的矿种' declares 3个, but the plan lists 2 (建筑用砂石、铁矿); list them (as 最低开采规模 items), or say where they are", finding.Message(Language.En));
        Assert.Equal(3, finding.Span.Line);   // the declared value
    }

    [Fact]
    public void A_count_in_种_counts_minerals_whatever_its_name()
    {
        var text = Declared("3 种").Replace("设置最低规模准入条件的矿种", "准入条件", StringComparison.Ordinal) + SandScale + IronScale;
        Assert.Contains("lists 2 (建筑用砂石、铁矿)", Assert.Single(Compile.Diagnostics(text), d => d.Code == "MP2023").Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_items_lists_their_names_and_at_most_five()
    {
        var scales = string.Concat(Enumerable.Range(1, 6).Select(i => SandScale.Replace("sand", "s" + i, StringComparison.Ordinal).Replace("普通建筑用砂石土", "砂石" + i, StringComparison.Ordinal)));
        var text = Declared("9 个").Replace("设置最低规模准入条件的矿种", "准入条件", StringComparison.Ordinal) + scales;
        var finding = Assert.Single(Compile.Diagnostics(text), d => d.Code == "MP2023");
        Assert.Contains("lists 6 (砂石1、砂石2、砂石3、砂石4、砂石5…)", finding.Message(Language.En), StringComparison.Ordinal);

        var five = Declared("9 个").Replace("设置最低规模准入条件的矿种", "准入条件", StringComparison.Ordinal) + string.Concat(Enumerable.Range(1, 5).Select(i => SandScale.Replace("sand", "s" + i, StringComparison.Ordinal).Replace("普通建筑用砂石土", "砂石" + i, StringComparison.Ordinal)));
        Assert.Contains("lists 5 (砂石1、砂石2、砂石3、砂石4、砂石5);", Assert.Single(Compile.Diagnostics(five), d => d.Code == "MP2023").Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void None_listed_is_shown_as_a_dash()
    {
        var finding = Assert.Single(Compile.Diagnostics(Declared("18 个")), d => d.Code == "MP2023");
        Assert.Equal("“设置最低规模准入条件的矿种”称有 18个，但本规划仅列出 0（-）；请逐项列出（最低开采规模），或注明其所在", finding.Message(Language.Zh));
    }

    [Fact]
    public void Blocks_counted_but_none_drawn_name_the_block_kind_in_full()
    {
        var finding = Assert.Single(Compile.Diagnostics("数量 blocks \"规划区块\" {\n    类型: 开采\n    总数: 5 个\n}\n"), d => d.Code == "MP2023");
        Assert.Equal("“规划区块”称有 5个，但本规划仅列出 0（-）；请逐项列出（开采规划区块），或注明其所在", finding.Message(Language.Zh));
        Assert.Equal(4, finding.Span.Line);
    }

    [Fact]
    public void A_count_of_none_is_quiet() =>
        Assert.DoesNotContain("MP2023", Compile.Codes(Compile.Diagnostics("数量 blocks \"规划区块\" {\n    类型: 开采\n    总数: 0 个\n}\n")));
}
