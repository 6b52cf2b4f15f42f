using System.Text.Json;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary><c>mplan check</c> on a workspace folder checks every plan in it, each as a single check would.</summary>
public sealed class WorkspaceCheckTests
{
    [Fact]
    public void Checking_the_examples_workspace_reports_each_plan_as_its_own_check_does()
    {
        var workspace = CliRunner.Run("check", "plans/examples", "--lang", "en");
        Assert.Equal(1, workspace.ExitCode);
        var lines = workspace.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["plans/examples/city: 2 error(s), 2 warning(s), 0 accepted", "plans/examples/county: 14 error(s), 2 warning(s), 0 accepted", "plans/examples/province: 0 error(s), 1 warning(s), 0 accepted", "3 plan(s): 16 error(s), 5 warning(s)"],
            lines.Where(l => l.Contains(" error(s)", StringComparison.Ordinal) && !l.Contains(": error ", StringComparison.Ordinal)));

        foreach (var plan in new[] { "city", "county", "province" })
        {
            var single = CliRunner.Run("check", "plans/examples/" + plan, "--lang", "en");
            Assert.Contains(single.Output.TrimEnd('\n'), workspace.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_workspace_report_in_json_holds_every_plans_findings()
    {
        var json = CliRunner.Run("check", "plans/examples", "--format", "json");
        var codes = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Equal(21, codes.Count);   // 16 errors and the 5 MP4028 warnings on the examples' small exploration blocks
        Assert.Equal(2, codes.Count(c => c == "MP4011"));
        Assert.Contains("MP4013", codes);
    }

    [Fact]
    public void A_workspace_of_clean_plans_exits_0()
    {
        using var temp = new TempFolder();
        temp.Write("ws/skeleton/plan.mplan", File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan")));
        var result = CliRunner.RunIn(temp.Path, "check", "ws", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("1 plan(s): 0 error(s), 0 warning(s)\n", result.Output, StringComparison.Ordinal);
    }
}
