using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>
/// MP2013: a region written with another administrative suffix (开原县 for 开原市). The names known are the plan's
/// region and sub-regions and its parent's; a name that is itself a region (铁岭县 beside 铁岭市) is never wrong.
/// </summary>
public sealed class RegionNameTests
{
    private static string Plan(string region, string subregions, string paragraph) =>
        $"规划 t {{ 标题: \"x\" 级别: 市级 行政区: \"{region}\" 基期: 2020 规划期: 2021..2025 展望: 2035 下辖行政区: [{subregions}] }}\n" +
        $"章 \"一\" {{ 段: \"{paragraph}\" }}\n";

    private static IReadOnlyList<Diagnostic> Findings(string text) =>
        [.. Compile.Diagnostics(text, withHeader: false).Where(d => d.Code == "MP2013")];

    [Fact]
    public void The_wrong_suffix_is_named_with_the_right_one_and_a_fix_that_writes_it()
    {
        var finding = Assert.Single(Findings(Plan("铁岭市", "\"开原市\"", "开原县庆云堡。")));
        Assert.Equal("'开原县' is not a region; the region is 开原市; correct the name", finding.Message(Language.En));
        Assert.Equal("“开原县”不是行政区名称，应为“开原市”；请更正", finding.Message(Language.Zh));
        Assert.Equal(3, finding.Span.Length);
        var fix = Assert.Single(finding.Fixes);
        Assert.Equal("Write '开原市'", fix.TitleEn);
        Assert.Equal("改为“开原市”", fix.TitleZh);
        var edit = Assert.Single(fix.Edits);
        Assert.Equal("开原市", edit.NewText);
        Assert.Equal(finding.Span, edit.Span);
    }

    [Theory]
    [InlineData("铁岭市", "\"铁岭县\"", "铁岭县、铁岭市。", "")]          // both are regions
    [InlineData("甲市", "\"开原市\"", "甲县。", "")]                     // a two-character name is too short to judge
    [InlineData("铁岭市", "\"银州区\"", "银州县、银州市。", "银州县 银州市")]   // 区 names are checked, 区 is never the wrong one
    [InlineData("铁岭市", "\"开原市\"", "铁岭县。", "铁岭县")]             // the plan's own region
    [InlineData("铁岭市", "\"开原市\"", "开原区。", "")]                   // 区 runs on into ordinary words
    public void Known_names_and_their_wrong_spellings(string region, string subregions, string paragraph, string expected) =>
        Assert.Equal(expected, string.Join(" ", Findings(Plan(region, subregions, paragraph)).Select(f => f.Args[0])));

    [Fact]
    public void The_parents_regions_are_known_but_not_its_parents()
    {
        var grandparent = Compile.Text("规划 prov { 标题: \"省\" 级别: 省级 行政区: \"辽宁省\" 基期: 2020 规划期: 2021..2025 展望: 2035 下辖行政区: [\"朝阳市\"] }\n", "prov.mplan");
        var parent = Compile.Text("规划 city { 标题: \"市\" 级别: 市级 行政区: \"铁岭市\" 上级规划: prov 基期: 2020 规划期: 2021..2025 展望: 2035 下辖行政区: [\"开原市\"] }\n", "city.mplan");
        var child = Compile.Text("规划 county { 标题: \"县\" 级别: 县级 行政区: \"西丰县\" 上级规划: city 基期: 2020 规划期: 2021..2025 展望: 2035 }\n" +
            "章 \"一\" { 段: \"开原县、铁岭县、西丰市、朝阳县。\" }\n", "county.mplan");
        var findings = PlanChecker.Check(child, [parent.Plan!, grandparent.Plan!]).Where(d => d.Code == "MP2013");
        Assert.Equal("开原县 铁岭县 西丰市", string.Join(" ", findings.OrderBy(f => f.Span.Column).Select(f => f.Args[0])));
    }
}
