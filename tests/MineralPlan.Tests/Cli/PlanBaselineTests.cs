using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>
/// Every plan in plans/ checks with exactly the findings it is known to contain (its expected report
/// is a reviewed baseline), and its model dump is a baseline too, so any change to what a plan means
/// shows up in review.
/// </summary>
public sealed class PlanBaselineTests
{
    [Theory]
    [MemberData(nameof(Plans.FolderData), MemberType = typeof(Plans))]
    public void Check_report_matches_the_expected_findings(string folder)
    {
        var zh = CliRunner.Run("check", folder);
        var en = CliRunner.Run("check", folder, "--lang", "en");
        Assert.Equal(zh.ExitCode, en.ExitCode);
        Assert.NotEqual(2, en.ExitCode);
        Baseline.Match(en.All, "plans/" + Name(folder) + ".check.txt");
        Baseline.Match(zh.All, "plans/" + Name(folder) + ".check.zh.txt");
    }

    [Theory]
    [MemberData(nameof(Plans.FolderData), MemberType = typeof(Plans))]
    public void Model_dump_matches_its_baseline(string folder)
    {
        var compilation = MineralPlan.Workspaces.Workspace.CompileFolder(Repo.PathOf(folder), Repo.Root);
        Assert.NotNull(compilation?.Plan);
        Baseline.Match(ModelDump.Write(compilation.Plan), "plans/" + Name(folder) + ".model.txt");
    }

    public static string Name(string folder) => folder["plans/".Length..].Replace('/', '_');
}
