using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>A parent known only by its title is external: the plan is checked alone; a parent cited by title must be cited exactly.</summary>
public sealed class ExternalParentTests
{
    private const string Plan = """
        规划 xian {
            标题: "某县矿产资源规划（2021～2025年）"
            级别: 县级
            行政区: "某县"
            上级规划: shenyang
            上级标题: "沈阳市矿产资源总体规划（2021-2025年）"
            基期: 2020
            规划期: 2021..2025
        }
        """;

    [Fact]
    public void A_parent_declared_by_title_and_absent_is_external_information_not_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("plans/xian/plan.mplan", Plan);

        var result = CliRunner.RunIn(temp.Path, "check", "plans/xian");

        Assert.Contains("info MP3015", result.Output, StringComparison.Ordinal);
        Assert.Contains("《沈阳市矿产资源总体规划（2021-2025年）》", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP3001", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Without_a_title_the_absent_parent_is_still_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("plans/xian/plan.mplan", Plan.Replace("    上级标题: \"沈阳市矿产资源总体规划（2021-2025年）\"\n", string.Empty, StringComparison.Ordinal));

        var result = CliRunner.RunIn(temp.Path, "check", "plans/xian");

        Assert.Contains("error MP3001", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP3015", result.Output, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_present_parent_cited_by_another_title_is_a_warning_whose_fix_writes_the_exact_title()
    {
        using var temp = TempFolder.WithPlans("kazuo", "chaoyang", "liaoning");

        var header = Path.Combine(temp.Path, "plans/kazuo/00_plan.mplan");
        File.WriteAllText(header, File.ReadAllText(header).Replace("    上级规划: chaoyang", "    上级规划: chaoyang\n    上级标题: \"朝阳市矿产资源规划\"", StringComparison.Ordinal));

        var check = CliRunner.RunIn(temp.Path, "check", "plans/kazuo");
        Assert.Contains("warning MP3016", check.Output, StringComparison.Ordinal);

        // Dashes, spaces and brackets alone do not make another title: the exact one is quiet.
        CliRunner.RunIn(temp.Path, "fix", "plans/kazuo", "--code", "MP3016");
        Assert.Contains("上级标题: \"朝阳市矿产资源规划（2021-2025年）\"", File.ReadAllText(header), StringComparison.Ordinal);
        var after = CliRunner.RunIn(temp.Path, "check", "plans/kazuo");
        Assert.DoesNotContain("MP3016", after.Output, StringComparison.Ordinal);
        File.WriteAllText(header, File.ReadAllText(header).Replace("（2021-2025年）\"", "（2021—2025年）\"", StringComparison.Ordinal));
        Assert.DoesNotContain("MP3016", CliRunner.RunIn(temp.Path, "check", "plans/kazuo").Output, StringComparison.Ordinal);
    }
}
