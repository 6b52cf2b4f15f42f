using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2028: 其中 parts are a subset of the total (and of a 组成 part of the same name); 按矿种 adds up (MP2006).</summary>
public sealed class SubsetTests
{
    private static string Fact(string subset, string parts = "") => $$"""
        现状 m "已发现矿产" {
            年份: 2020
            值: 27 种
            {{parts}}
            其中: {{subset}}
        }
        """;

    [Fact]
    public void Subsets_adding_up_to_more_than_the_total_are_an_error_with_their_derivation()
    {
        var finding = Assert.Single(Compile.Diagnostics(Fact("[金属 = 10 种, 非金属 = 20 种]")), d => d.Code == "MP2028");
        Assert.Equal("“已发现矿产”：其中 金属 + 非金属（30种）多于总数（27种）；“其中”是其一部分，请修正其一", finding.Message(Language.Zh));
        Assert.EndsWith("= 30种 > 27种 (test.mplan:4:8)", finding.Derivation!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subset_larger_than_the_part_of_its_name_is_an_error_at_the_subset() =>
        Assert.Single(Compile.Diagnostics(Fact("[金属 = 12 种]", "组成: [金属 = 10 种, 非金属 = 17 种]")), d => d.Code == "MP2028");

    [Theory]
    [InlineData("[金属 = 10 种, 非金属 = 17 种]", "")]                                   // exactly the total
    [InlineData("[金属 = 10 种]", "")]                                                    // less than the total
    [InlineData("[金属 = 10 种]", "组成: [金属 = 10 种, 非金属 = 17 种]")]                // within its part
    [InlineData("[储量 = 30 万吨]", "")]                                                  // another unit: not compared
    public void Subsets_within_the_total_are_quiet(string subset, string parts) =>
        Assert.DoesNotContain("MP2028", Compile.Codes(Compile.Diagnostics(Fact(subset, parts))));

    [Fact]
    public void A_count_by_mineral_adds_up_to_its_total()
    {
        const string count = "数量 b \"勘查规划区块\" {\n    类型: 勘查\n    总数: 6 个\n    按矿种: [钼矿 = 2 个, 萤石 = 3 个]\n}\n";
        Assert.Contains("MP2006", Compile.Codes(Compile.Diagnostics(count)));
        Assert.DoesNotContain("MP2006", Compile.Codes(Compile.Diagnostics(count.Replace("萤石 = 3 个", "萤石 = 4 个", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_subset_larger_than_its_part_names_both_where_the_subset_is_written()
    {
        var text = Fact("[金属 = 12 种]", "组成: [金属 = 10 种, 非金属 = 17 种]");
        var finding = Assert.Single(Compile.Diagnostics(text), d => d.Code == "MP2028");
        Assert.Equal("'已发现矿产': 其中 金属 (12种) is more than the part 金属 (10种); a 其中 is part of it, so correct one of the two", finding.Message(Language.En));
        Assert.Equal("“已发现矿产”：其中 金属（12种）多于组成 金属（10种）；“其中”是其一部分，请修正其一", finding.Message(Language.Zh));
        Assert.Equal(6, finding.Span.Line);
    }

    [Fact]
    public void Subsets_over_the_total_are_reported_once_not_again_part_by_part() =>
        Assert.Equal("MP2028", Compile.Codes(Compile.Diagnostics(Fact("[金属 = 12 种, 非金属 = 20 种]", "组成: [金属 = 10 种, 非金属 = 17 种]")).Where(d => d.Code == "MP2028")));

    [Theory]
    [InlineData("[金属 = 20 种, 储量 = 30 万吨]", null)]   // only 金属 is compared: 20 of 27
    [InlineData("[金属 = 28 种, 储量 = 30 万吨]", "金属 28种 (test.mplan:6:15) = 28种 > 27种 (test.mplan:4:8)")]
    public void Only_subsets_in_the_totals_unit_are_added(string subset, string? derivation)
    {
        var finding = Compile.Diagnostics(Fact(subset)).Where(d => d.Code == "MP2028").SingleOrDefault();
        Assert.Equal(derivation, finding?.Derivation?.Text);
        if (finding is not null)
        {
            Assert.StartsWith("'已发现矿产': 其中 金属 (28种) is more than the total (27种)", finding.Message(Language.En), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_part_in_another_unit_does_not_bound_its_subset() =>
        Assert.DoesNotContain("MP2028", Compile.Codes(Compile.Diagnostics(Fact("[金属 = 12 种]", "组成: [金属 = 10 万吨]"))));

    [Fact]
    public void Subsets_in_other_units_of_the_totals_dimension_are_converted_before_adding()
    {
        const string text = """
            现状 r "查明资源量" {
                年份: 2020
                值: 1 万吨
                其中: [铁矿 = 6000 吨, 铜矿 = 5000 吨]
            }
            """;
        var finding = Assert.Single(Compile.Diagnostics(text), d => d.Code == "MP2028");
        Assert.Equal("铁矿 6000吨 (test.mplan:5:15) + 铜矿 5000吨 (test.mplan:5:28) = 1.1万吨 > 1万吨 (test.mplan:4:8)", finding.Derivation!.Text);
        Assert.Equal("1.1万吨", finding.Args[2]);
    }
}
