using MineralPlan.Checking;
using MineralPlan.Scripting;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>Rules as C# scripts kept with a plan: trust, compile errors, timeouts and the compile cache.</summary>
[Collection("scripts")]
public sealed class ScriptRuleTests : IDisposable
{
    private const string AreaRule = """
        // Zones larger than 1 km² need a note (a rule too rich for the DSL).
        foreach (var zone in Plan.OfType<Zone>())
        {
            if (zone.Area is { Value: > 1m } && zone.Note is null)
            {
                Report($"{zone.DisplayName} 面积 {zone.Area.Display} 超过 1 km2，须加备注", zone);
            }
        }
        """;

    private readonly TempFolder _cache = new();

    public ScriptRuleTests()
    {
        Environment.SetEnvironmentVariable("MPLAN_CACHE", _cache.Path);
        // The user's trust (mplan trust) is kept in a configuration folder of this test's own, never the machine user's.
        Environment.SetEnvironmentVariable("MPLAN_CONFIG_HOME", Path.Combine(_cache.Path, "config"));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("MPLAN_CACHE", null);
        Environment.SetEnvironmentVariable("MPLAN_CONFIG_HOME", null);
        _cache.Dispose();
    }

    [Fact]
    public void A_trusted_script_reports_through_the_rule_interface()
    {
        using var temp = Workspace(AreaRule, trust: true);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plans/p/plan.mplan:25:1: error MP5100: area.rule.csx: 东山建筑用砂石集中开采区 面积 1.25km2 超过 1 km2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_untrusted_script_does_not_run()
    {
        using var temp = Workspace(AreaRule, trust: false);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Contains("warning MP5007: 1 rule script(s) were not run", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP5100", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compile_error_points_into_the_script_file()
    {
        using var temp = Workspace("var n = Plan.Zones.Count;\n", trust: true);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Contains("plans/p/area.rule.csx:1:14: error MP5006: the rule script does not compile: CS1061", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_that_runs_too_long_is_stopped()
    {
        using var temp = Workspace("var i = 0;\nwhile (true) { i++; }\n", trust: true, timeout: 1);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Contains("error MP5008: the rule script was stopped after 1 s", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_that_throws_is_MP5009()
    {
        using var temp = Workspace("throw new System.InvalidOperationException(\"bad data\");\n", trust: true);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Contains("error MP5009: the rule script failed: bad data", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warm_run_loads_the_compiled_script_from_the_cache()
    {
        using var temp = Workspace(AreaRule + "\nWarn(\"checked\");\n", trust: true);
        var compilation = Compile.Text(File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan")));
        var cold = new ScriptRule("area.rule.csx", "area.rule.csx", AreaRule + "\nWarn(\"checked\");\n", TimeSpan.FromSeconds(5));
        var first = cold.Check(new RuleContext(compilation, compilation.Plan!, [])).ToList();
        Assert.False(cold.LoadedFromCache);
        var warm = new ScriptRule("area.rule.csx", "area.rule.csx", AreaRule + "\nWarn(\"checked\");\n", TimeSpan.FromSeconds(5));
        var second = warm.Check(new RuleContext(compilation, compilation.Plan!, [])).ToList();
        Assert.True(warm.LoadedFromCache);
        Assert.Equal(first.Select(d => d.Code), second.Select(d => d.Code));
        Assert.Contains(second, d => d.Code == "MP5101");
    }

    [Fact]
    public void A_plan_folder_cannot_switch_on_its_own_scripts()
    {
        using var temp = Workspace(AreaRule, trust: false);
        temp.Write("plans/p/mplan.json", """{ "trustScripts": true, "scriptTimeoutSeconds": 600 }""");
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Contains("warning MP5007", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP5100", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_folder_can_switch_scripts_off_even_in_a_trusting_workspace()
    {
        using var temp = Workspace(AreaRule, trust: true);
        temp.Write("plans/p/mplan.json", """{ "trustScripts": false }""");
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en", "--trust-scripts");
        Assert.Contains("warning MP5007", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP5100", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_user_trusts_scripts_with_a_flag()
    {
        using var temp = Workspace(AreaRule, trust: false);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en", "--trust-scripts");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error MP5100: area.rule.csx:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP5007", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flag_trusts_scripts_in_a_workspace_check_too()
    {
        using var temp = Workspace(AreaRule, trust: false);
        var untrusted = CliRunner.RunIn(temp.Path, "check", "plans", "--lang", "en");
        Assert.Contains("warning MP5007", untrusted.Output, StringComparison.Ordinal);
        var trusted = CliRunner.RunIn(temp.Path, "check", "plans", "--lang", "en", "--trust-scripts");
        Assert.Equal(1, trusted.ExitCode);
        Assert.Contains("error MP5100: area.rule.csx:", trusted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_that_ends_or_crashes_the_process_is_reported_and_the_other_scripts_still_run()
    {
        using var temp = Workspace("Warn(\"first\");\n", trust: true);
        temp.Write("plans/p/b.rule.csx", "System.Environment.Exit(0);\n");
        temp.Write("plans/p/c.rule.csx", "int F(int n) => F(n + 1) + 1;\nWarn(\"x\" + F(0));\n");
        temp.Write("plans/p/d.rule.csx", "Report(\"last\");\n");
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plans/p/b.rule.csx:1:1: error MP5010: the rule script b.rule.csx ended the process (exit code 0)", result.Output, StringComparison.Ordinal);
        Assert.Contains("plans/p/c.rule.csx:1:1: error MP5010: the rule script c.rule.csx overflowed the stack", result.Output, StringComparison.Ordinal);
        Assert.Contains("warning MP5101: area.rule.csx: first", result.Output, StringComparison.Ordinal);
        Assert.Contains("error MP5100: d.rule.csx: last", result.Output, StringComparison.Ordinal);
        Assert.Contains("plans/p: 3 error(s), 1 warning(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cloned_workspace_cannot_trust_its_own_scripts()
    {
        using var temp = Workspace(AreaRule, trust: false);
        temp.Write("plans/mplan.json", """{ "trustScripts": true }""");
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Contains("warning MP5007: 1 rule script(s) were not run because you have not trusted this workspace", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP5100", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP5100", CliRunner.RunIn(temp.Path, "check", "plans", "--lang", "en").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_received_folder_cannot_trust_a_plan_folder_below_it()
    {
        using var temp = Workspace(AreaRule, trust: false);
        temp.Write("plans/received/mplan.json", """{ "trustScripts": true }""");
        temp.Write("plans/received/annex/plan.mplan", File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan")));
        temp.Write("plans/received/annex/area.rule.csx", AreaRule);
        foreach (var target in new[] { "plans/received", "plans/received/annex" })
        {
            var result = CliRunner.RunIn(temp.Path, "check", target, "--lang", "en");
            Assert.DoesNotContain("MP5100", result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("warning MP5007", CliRunner.RunIn(temp.Path, "check", "plans/received/annex", "--lang", "en").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Trust_is_recorded_by_real_path_in_the_user_s_configuration_and_can_be_withdrawn()
    {
        using var temp = Workspace(AreaRule, trust: false);
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "alias"), Path.Combine(temp.Path, "plans"));
        var trust = CliRunner.RunIn(temp.Path, "trust", "alias", "--lang", "en");
        Assert.Equal(0, trust.ExitCode);
        var real = Path.Combine(MineralPlan.Syntax.Files.PathConfinement.RealPath(temp.Path) ?? temp.Path, "plans");
        Assert.Contains($"trusted: {real} ", trust.Output, StringComparison.Ordinal);
        var recorded = File.ReadAllText(Path.Combine(_cache.Path, "config", MineralPlan.Workspaces.UserTrust.FileName));
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(real), recorded, StringComparison.Ordinal);
        Assert.DoesNotContain("trust", File.ReadAllText(Path.Combine(temp.Path, "plans/mplan.json")), StringComparison.Ordinal);

        Assert.Contains("error MP5100: area.rule.csx:", CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en").Output, StringComparison.Ordinal);
        Assert.Contains("error MP5100: area.rule.csx:", CliRunner.RunIn(temp.Path, "check", "alias/p", "--lang", "en").Output, StringComparison.Ordinal);
        Assert.Contains(real, CliRunner.RunIn(temp.Path, "trust", "--list").Output, StringComparison.Ordinal);

        var notFolder = CliRunner.RunIn(temp.Path, "trust", "plans/p/plan.mplan", "--lang", "en");
        Assert.Equal(2, notFolder.ExitCode);
        Assert.Contains("error: 'plans/p/plan.mplan' is not a folder", notFolder.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "trust", "plans", "--remove").ExitCode);
        Assert.Contains("warning MP5007", CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en").Output, StringComparison.Ordinal);
        Assert.DoesNotContain(real, CliRunner.RunIn(temp.Path, "trust", "--list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_trust_file_trusts_nothing_and_trust_says_why()
    {
        using var temp = Workspace(AreaRule, trust: false);
        Directory.CreateDirectory(Path.Combine(_cache.Path, "config"));
        File.WriteAllText(Path.Combine(_cache.Path, "config", MineralPlan.Workspaces.UserTrust.FileName), "{ \"trusted\": [");
        Assert.Contains("warning MP5007", CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en").Output, StringComparison.Ordinal);
        var list = CliRunner.RunIn(temp.Path, "trust", "--list", "--lang", "en");
        Assert.Equal(2, list.ExitCode);
        Assert.Contains("error: the trust file cannot be read:", list.Error, StringComparison.Ordinal);
    }

    private static TempFolder Workspace(string script, bool trust, int timeout = 5)
    {
        var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan")));
        temp.Write("plans/p/area.rule.csx", script);
        temp.Write("plans/mplan.json", $$"""{ "scriptTimeoutSeconds": {{timeout}} }""");
        if (trust)
        {
            // What a user does after reading the scripts: trust the workspace, recorded in the user's configuration.
            Assert.Equal(0, CliRunner.RunIn(temp.Path, "trust", "plans").ExitCode);
        }

        return temp;
    }
}
