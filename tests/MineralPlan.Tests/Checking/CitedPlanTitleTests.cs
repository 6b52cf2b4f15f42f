using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP3018: a plan above cited in 依据 or text by another title than its own.</summary>
public sealed class CitedPlanTitleTests
{
    [Fact]
    public void The_seed_cites_the_province_plan_by_a_title_it_does_not_have_in_its_basis_and_text()
    {
        var result = CliRunner.Run("check", "plans/kazuo");

        var findings = result.Output.Split('\n').Where(l => l.Contains("MP3018", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, findings.Count);
        Assert.StartsWith("plans/kazuo/00_plan.mplan:14:10: warning MP3018: 《辽宁省矿产资源规划（2021-2025年）》", findings[0], StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Contains("《辽宁省矿产资源总体规划（2021-2025年）》", f, StringComparison.Ordinal));
        // 《朝阳市矿产资源规划（2021-2025年）》 is the parent's exact title: quiet.
        Assert.DoesNotContain(findings, f => f.Contains("朝阳市", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_documents_other_periods_and_dash_variants_are_quiet_and_the_fix_writes_the_exact_title()
    {
        using var temp = TempFolder.WithPlans("kazuo", "chaoyang", "liaoning");

        var header = Path.Combine(temp.Path, "plans/kazuo/00_plan.mplan");
        File.WriteAllText(header, File.ReadAllText(header)
            + "\n章 \"测试\" {\n    段: \"依据《辽宁省国民经济和社会发展第十四个五年规划纲要》、《辽宁省矿产资源总体规划（2016—2020年）》和《辽宁省矿产资源总体规划（2021—2025年）》。\"\n}\n");

        Assert.Equal(4, CliRunner.RunIn(temp.Path, "check", "plans/kazuo").Output.Split('\n').Count(l => l.Contains("MP3018", StringComparison.Ordinal)));

        CliRunner.RunIn(temp.Path, "fix", "plans/kazuo", "--code", "MP3018");

        Assert.DoesNotContain("MP3018", CliRunner.RunIn(temp.Path, "check", "plans/kazuo").Output, StringComparison.Ordinal);
        Assert.Contains("依据 \"《辽宁省矿产资源总体规划（2021-2025年）》\"", File.ReadAllText(header), StringComparison.Ordinal);
    }

    private const string Province = "规划 prov { 标题: \"甲省矿产资源总体规划（2021-2025年）\" 级别: 省级 行政区: \"甲省\" 基期: 2020 规划期: 2021..2025 展望: 2035 }\n";

    private static IReadOnlyList<Diagnostic> Cite(string citation, string province = Province)
    {
        var parent = Compile.Text(province, "prov.mplan");
        var child = Compile.Text("规划 city { 标题: \"乙市矿产资源总体规划\" 级别: 市级 上级规划: prov 基期: 2020 规划期: 2021..2025 展望: 2035 }\n章 \"总则\" { 段: \"依据" + citation + "编制。\" }\n", "city.mplan");
        return [.. PlanChecker.Check(child, [parent.Plan!]).Where(d => d.Code == "MP3018")];
    }

    [Fact]
    public void A_plan_above_cited_by_another_title_is_named_with_its_own_and_a_fix()
    {
        var finding = Assert.Single(Cite("《甲省矿产资源规划（2021-2025年）》"));
        Assert.Equal("甲省矿产资源规划（2021-2025年）", finding.Args[0]);
        Assert.Equal(("prov", "甲省矿产资源总体规划（2021-2025年）"), (finding.Args[1], finding.Args[2]));
        Assert.Equal(("prov.mplan", "标题 / title in prov"), (finding.Related[0].Span.File, finding.Related[0].MessageEn));
        var fix = Assert.Single(finding.Fixes);
        Assert.Equal(("Cite 《甲省矿产资源总体规划（2021-2025年）》", "改为《甲省矿产资源总体规划（2021-2025年）》"), (fix.TitleEn, fix.TitleZh));
        Assert.Equal("甲省矿产资源规划（2021-2025年）".Length, Assert.Single(fix.Edits).Span.Length);
    }

    [Theory]
    [InlineData("《甲省矿产资源储量年报（2021年）》")]        // not a plan
    [InlineData("《甲省国土空间规划（2021-2035年）》")]        // not a mineral resources plan
    [InlineData("《乙省矿产资源规划（2021-2025年）》")]        // another region
    [InlineData("《甲省矿产资源规划（2016-2020年）》")]        // another period
    public void Citations_of_other_documents_are_quiet(string citation) => Assert.Empty(Cite(citation));

    [Fact]
    public void Without_a_period_above_any_period_names_it() =>
        Assert.Single(Cite("《甲省矿产资源规划（2016-2020年）》", "规划 prov { 标题: \"甲省矿产资源总体规划\" 级别: 省级 行政区: \"甲省\" }\n"));
}
