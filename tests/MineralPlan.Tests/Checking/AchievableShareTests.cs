using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2015: a share of a whole count that no whole number of its parts gives.</summary>
public sealed class AchievableShareTests
{
    private static string Plan(string share, string whole = "211 个", string ratio = "[mines]") => $$"""
        规划 xian {
            标题: "某县矿产资源规划（2021～2025年）"
            级别: 县级
            基期: 2020
            规划期: 2021..2025
        }

        现状 mines "矿山总数" {
            年份: 2020
            值: {{whole}}
        }

        现状 green "大中型矿山比例" {
            年份: 2020
            值: {{share}}
            比值: {{ratio}}
        }
        """;

    private static IReadOnlyList<string> Codes(string text) => [.. Compile.Diagnostics(text, withHeader: false).Select(d => d.Code)];

    [Fact]
    public void A_share_no_whole_count_gives_is_reported_with_the_nearest_ones()
    {
        var findings = Compile.Diagnostics(Plan("26.92 %"), withHeader: false);

        var finding = Assert.Single(findings, d => d.Code == "MP2015");
        var message = finding.Message(MineralPlan.Abstractions.Diagnostics.Language.En);
        Assert.Contains("56 give 26.54%", message, StringComparison.Ordinal);
        Assert.Contains("57 give 27.01%", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("26.54 %")]   // 56 of 211, at two decimals
    [InlineData("27 %")]      // 57 of 211 is 27.01%: 27 at no decimals
    [InlineData("0 %")]
    [InlineData("100 %")]
    public void An_achievable_share_is_quiet(string share) => Assert.DoesNotContain("MP2015", Codes(Plan(share)));

    [Fact]
    public void Near_misses_are_quiet_a_share_of_an_amount_and_a_share_with_its_part_stated()
    {
        // Not a count: 26.92% of 211 万吨 is any amount.
        Assert.DoesNotContain("MP2015", Codes(Plan("26.92 %", whole: "211 万吨")));
        // Part and whole stated: MP2003 compares them exactly instead.
        var both = Plan("26.92 %", ratio: "[part, mines]") + "\n现状 part \"大中型\" {\n    年份: 2020\n    值: 57 个\n}\n";
        Assert.DoesNotContain("MP2015", Codes(both));
        Assert.Contains("MP2003", Codes(both));
    }

    [Fact]
    public void The_nearest_shares_are_shown_at_the_written_precision_with_a_derivation()
    {
        var finding = Assert.Single(Compile.Diagnostics(Plan("26.9 %"), withHeader: false), d => d.Code == "MP2015");
        var message = finding.Message(MineralPlan.Abstractions.Diagnostics.Language.En);
        Assert.Contains("56 give 26.5%", message, StringComparison.Ordinal);
        Assert.Contains("57 give 27%", message, StringComparison.Ordinal);
        Assert.Matches(@"^26\.9% \(test\.mplan:15:\d+\) × 211个 \(test\.mplan:10:\d+\) = 56\.759, no whole number$", finding.Derivation!.Text);
    }

    [Theory]
    [InlineData("101 %", "211 个", true)]         // more than the whole: no count gives it
    [InlineData("26.92 %", "0 个", false)]        // nothing to count
    [InlineData("26.92 %", "211.5 个", false)]    // not a whole count
    [InlineData("26.92 %", "2000000 个", false)]  // too many to judge a share of
    [InlineData("26.92 %", "1000000 个", false)]  // 269 200 of them: achievable
    public void Edges_of_the_whole(string share, string whole, bool fires) =>
        Assert.Equal(fires, Codes(Plan(share, whole)).Contains("MP2015"));
}
