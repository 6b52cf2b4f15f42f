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

    public ScriptRuleTests() => Environment.SetEnvironmentVariable("MPLAN_CACHE", _cache.Path);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("MPLAN_CACHE", null);
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

    private static TempFolder Workspace(string script, bool trust, int timeout = 5)
    {
        var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan")));
        temp.Write("plans/p/area.rule.csx", script);
        temp.Write("plans/mplan.json", $$"""{ "trustScripts": {{(trust ? "true" : "false")}}, "scriptTimeoutSeconds": {{timeout}} }""");
        return temp;
    }
}
