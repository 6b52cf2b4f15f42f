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
}
