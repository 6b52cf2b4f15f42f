using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>
/// The rules on a plan's header: its years (MP2005), status facts dated after the base year (MP2011), the parent's level
/// (MP3002) and the parent's title as cited (MP3016) — each on both sides of its edge, with what the finding says.
/// </summary>
public sealed class HeaderRuleTests
{
    private static IReadOnlyList<Diagnostic> Own(string header, string body = "") =>
        [.. Compile.Diagnostics(header + "\n" + body, withHeader: false)];

    [Theory]
    [InlineData("基期: 2020 规划期: 2021..2025 展望: 2035", "")]
    [InlineData("基期: 2020 规划期: 2021..2025 展望: 2026", "")]      // the year after the period is the earliest outlook
    [InlineData("基期: 2020 规划期: 2021..2025", "")]                  // no outlook: nothing to compare
    [InlineData("基期: 2020 规划期: 2021..2025 展望: 2025", "2021..2025")]   // the outlook inside the period: reported at the period
    [InlineData("基期: 2019 规划期: 2021..2025 展望: 2035", "基期")]    // a gap after the base year: reported at the base year
    [InlineData("基期: 2021 规划期: 2021..2025 展望: 2035", "基期")]
    public void The_years_fit_when_the_base_year_precedes_the_period_and_the_outlook_follows_it(string years, string at)
    {
        var header = $"规划 t {{ 标题: \"x\" 级别: 县级 {years} }}";
        var findings = Own(header).Where(d => d.Code == "MP2005").ToList();
        Assert.Equal(at.Length == 0 ? 0 : 1, findings.Count);
        if (at.Length > 0)
        {
            Assert.Equal(header.IndexOf(at, StringComparison.Ordinal) + 1, findings[0].Span.Column);
        }
    }

    [Fact]
    public void Years_that_do_not_fit_are_all_named_and_a_missing_outlook_as_a_dash()
    {
        var finding = Assert.Single(Own("规划 t { 标题: \"x\" 级别: 县级 基期: 2019 规划期: 2021..2025 展望: 2035 }"), d => d.Code == "MP2005");
        Assert.Equal("基期 2019、规划期 2021-2025 与展望 2035 不相符：基期应为规划期首年的前一年，展望年应在规划期之后；请修正规划头部", finding.Message(Language.Zh));
        var noOutlook = Assert.Single(Own("规划 t { 标题: \"x\" 级别: 县级 基期: 2019 规划期: 2021..2025 }"), d => d.Code == "MP2005");
        Assert.StartsWith("基期 2019, 规划期 2021-2025 and 展望 - do not fit together", noOutlook.Message(Language.En), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2020, false)]   // the base year itself is the status
    [InlineData(2019, false)]
    [InlineData(2021, true)]
    public void A_status_fact_after_the_base_year_is_a_target(int year, bool fires)
    {
        var findings = Compile.Diagnostics($"现状 f \"矿山数量\" {{ 年份: {year} 值: 1 个 }}").Where(d => d.Code == "MP2011").ToList();
        Assert.Equal(fires ? 1 : 0, findings.Count);
        if (fires)
        {
            Assert.Equal("the status fact '矿山数量' is dated 2021, after the base year 2020; a figure for a later year is a target (指标)", findings[0].Message(Language.En));
        }
    }

    [Fact]
    public void Without_a_base_year_no_fact_is_late() =>
        Assert.DoesNotContain("MP2011", Compile.Codes(Own("规划 t { 标题: \"x\" 级别: 县级 }", "现状 f { 年份: 2030 值: 1 个 }")));

    private static IReadOnlyList<Diagnostic> UnderParent(string parentLevel, string childLevel, string childExtra = "")
    {
        var parent = Compile.Text($"规划 p {{ 标题: \"甲市矿产资源总体规划（2021-2025年）\" 级别: {parentLevel} 基期: 2020 规划期: 2021..2025 展望: 2035 }}\n", "parent.mplan");
        var child = Compile.Text($"规划 c {{ 标题: \"乙县矿产资源规划\" 级别: {childLevel} 上级规划: p {childExtra} 基期: 2020 规划期: 2021..2025 展望: 2035 }}\n", "child.mplan");
        return PlanChecker.Check(child, [parent.Plan!]);
    }

    [Theory]
    [InlineData("市级", "县级", false)]
    [InlineData("省级", "市级", false)]
    [InlineData("省级", "县级", true)]    // two levels up
    [InlineData("县级", "县级", true)]    // the same level
    [InlineData("县级", "市级", true)]    // below
    public void A_parent_is_one_level_up(string parent, string child, bool fires) =>
        Assert.Equal(fires ? 1 : 0, UnderParent(parent, child).Count(d => d.Code == "MP3002"));

    [Fact]
    public void A_parent_at_the_wrong_level_is_named_with_both_levels_and_its_own_header()
    {
        var finding = Assert.Single(UnderParent("省级", "县级"), d => d.Code == "MP3002");
        Assert.Equal("上级规划“p”为省级规划，而县级规划的上级必须高一级；请指定正确的上级规划", finding.Message(Language.Zh));
        var related = Assert.Single(finding.Related);
        Assert.Equal(("parent.mplan", "级别 / level in p"), (related.Span.File, related.MessageEn));
    }

    [Fact]
    public void The_parent_cited_by_another_title_is_named_with_its_title_and_a_fix_inside_the_quotes()
    {
        const string cited = "上级标题: \"甲市矿产资源规划\"";
        var finding = Assert.Single(UnderParent("市级", "县级", cited), d => d.Code == "MP3016");
        Assert.Equal("the parent plan is cited as 《甲市矿产资源规划》, but its title is 《甲市矿产资源总体规划（2021-2025年）》; cite it exactly", finding.Message(Language.En));
        Assert.Equal("标题 / title in p", Assert.Single(finding.Related).MessageEn);
        var fix = Assert.Single(finding.Fixes);
        Assert.Equal("Cite the parent as 《甲市矿产资源总体规划（2021-2025年）》", fix.TitleEn);
        var edit = Assert.Single(fix.Edits);
        Assert.Equal("甲市矿产资源总体规划（2021-2025年）", edit.NewText);
        Assert.Equal("甲市矿产资源规划".Length, edit.Span.Length);
        Assert.Equal(finding.Span.Column + 1, edit.Span.Column);
    }

    [Theory]
    [InlineData("上级标题: \"《甲市矿产资源总体规划(2021—2025年)》\"")]   // brackets, dashes and 《》 set aside
    [InlineData("")]                                                    // not cited
    public void The_parents_title_in_another_typography_or_not_cited_is_quiet(string cited) =>
        Assert.DoesNotContain(UnderParent("市级", "县级", cited), d => d.Code == "MP3016");
}
