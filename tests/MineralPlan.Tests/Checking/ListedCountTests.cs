using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2016: a count of kinds stated with its list equals the list's length.</summary>
public sealed class ListedCountTests
{
    private static string Codes(string value, string minerals) =>
        Compile.Codes(Compile.Diagnostics($"现状 found \"已发现矿产\" {{\n    年份: 2020\n    值: {value}\n    矿种: [{minerals}]\n}}\n"));

    [Fact]
    public void A_count_that_is_not_the_lists_length_is_reported()
    {
        var findings = Compile.Diagnostics("现状 found \"已发现矿产\" {\n    年份: 2020\n    值: 3 种\n    矿种: [铁矿, 金矿, 铁矿]\n}\n");

        var finding = Assert.Single(findings, d => d.Code == "MP2016");
        Assert.Contains("names 2 (铁矿、金矿)", finding.Message(MineralPlan.Abstractions.Diagnostics.Language.En), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2 种", "铁矿, 金矿")]      // equal
    [InlineData("3 处", "铁矿, 金矿")]      // deposits, not kinds
    [InlineData(">= 3 种", "铁矿, 金矿")]   // a bound, not a count of the list
    public void Near_misses_are_quiet(string value, string minerals) => Assert.DoesNotContain("MP2016", Codes(value, minerals));
}

/// <summary>MP2016 beyond the basic case: fewer stated than listed, an indicator's list, and the derivation.</summary>
public sealed class ListedCountEdgeTests
{
    [Fact]
    public void Fewer_stated_than_listed_is_reported_with_each_listed_kind_in_the_derivation()
    {
        var finding = Assert.Single(Compile.Diagnostics("现状 found \"已发现矿产\" {\n    值: 1 种\n    矿种: [铁矿, 金矿]\n}\n"), d => d.Code == "MP2016");
        Assert.Equal("“已发现矿产”写为 1种，但所列矿种为 2 种（铁矿、金矿）；请修正数量或名单", finding.Message(MineralPlan.Abstractions.Diagnostics.Language.Zh));
        Assert.Matches(@"^1 铁矿 \(test\.mplan:4:\d+\) \+ 1 金矿 \(test\.mplan:4:\d+\) = 2 ≠ 1种 \(test\.mplan:3:\d+\)$", finding.Derivation!.Text);
        Assert.Equal(3, finding.Span.Line);
    }

    [Fact]
    public void An_indicators_count_of_kinds_is_held_to_its_list_too() =>
        Assert.Single(Compile.Diagnostics("指标 k \"重点开采矿种\" {\n    值: 3 种\n    矿种: [铁矿, 金矿]\n}\n"), d => d.Code == "MP2016");

    [Fact]
    public void A_count_without_a_list_is_not_compared() =>
        Assert.DoesNotContain("MP2016", Compile.Codes(Compile.Diagnostics("现状 found \"已发现矿产\" {\n    值: 3 种\n}\n")));
}
