using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2003: a stated ratio agrees with part / whole within the rounding of how it is written.</summary>
public sealed class RatioTests
{
    private const string Mines = "现状 m \"矿山\" { 值: 26 个 组成: [大中型 = 7 个, 小型 = 19 个] }\n";

    private static IReadOnlyList<Diagnostic> Findings(string ratio, string whole = Mines) =>
        [.. Compile.Diagnostics(whole + $"现状 r \"大中型矿山比例\" {{ 值: {ratio} 比值: [m.大中型, m] }}\n").Where(d => d.Code == "MP2003")];

    [Theory]
    [InlineData("26.92 %", false)]   // 7 / 26 = 26.923 %
    [InlineData("26.9 %", false)]
    [InlineData("27 %", false)]
    [InlineData("26.8 %", true)]     // 0.123 off at one decimal (0.05 allowed)
    [InlineData("26.97 %", true)]    // 0.047 off at two decimals (0.005 allowed)
    [InlineData("0.27", false)]      // a plain ratio: not multiplied by 100
    [InlineData("0.2692", false)]
    [InlineData("0.25", true)]
    public void The_ratio_agrees_within_its_written_rounding(string ratio, bool fires) =>
        Assert.Equal(fires ? 1 : 0, Findings(ratio).Count);

    [Fact]
    public void A_wrong_ratio_names_part_whole_and_the_computed_share_with_a_derivation()
    {
        var finding = Assert.Single(Findings("30 %"));
        Assert.Equal(["大中型矿山比例", "30%", "7个", "26个", "26.9231%"], finding.Args.Select(a => a?.ToString()));
        Assert.Matches(@"^7个 \(test\.mplan:2:\d+\) / 26个 \(test\.mplan:2:\d+\) = 26\.9231% ≠ 30% \(test\.mplan:3:\d+\)$", finding.Derivation!.Text);
        Assert.Equal(3, finding.Span.Line);
    }

    [Theory]
    [InlineData("现状 m \"矿山\" { 值: 0 个 组成: [大中型 = 0 个, 小型 = 0 个] }\n")]            // no whole to divide by
    [InlineData("现状 m \"矿山\" { 值: 26 万吨 组成: [大中型 = 7 个, 小型 = 19 万吨] }\n")]      // count over mass: not a share
    public void Ratios_that_cannot_be_computed_are_not_judged(string whole) => Assert.Empty(Findings("30 %", whole));
}
