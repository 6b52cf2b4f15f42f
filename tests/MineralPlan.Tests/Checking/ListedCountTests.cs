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
