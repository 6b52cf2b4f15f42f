using System.Text.Json;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>check --format json|sarif and the workspace severity file, through the CLI.</summary>
public sealed class ReportFormatTests
{
    private const string Broken = "tests/MineralPlan.Tests/Cases/skeleton-broken";

    [Fact]
    public void Json_lists_each_finding_with_code_place_and_message()
    {
        var result = CliRunner.Run("check", Broken, "--format", "json", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Output);
        var first = doc.RootElement[0];
        Assert.Equal("MP0001", first.GetProperty("code").GetString());
        Assert.Equal(14, first.GetProperty("line").GetInt32());
        Assert.Equal(13, first.GetProperty("column").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
    }

    [Fact]
    public void Lang_chooses_the_message_language_of_json_and_sarif()
    {
        string Message(string format, string lang)
        {
            using var doc = JsonDocument.Parse(CliRunner.Run("check", Broken, "--format", format, "--lang", lang).Output);
            return format == "json"
                ? doc.RootElement[1].GetProperty("message").GetString()!
                : doc.RootElement.GetProperty("runs")[0].GetProperty("results")[1].GetProperty("message").GetProperty("text").GetString()!;
        }

        Assert.Contains("not a known unit", Message("json", "en"), StringComparison.Ordinal);
        Assert.Contains("不是已知单位", Message("json", "zh"), StringComparison.Ordinal);
        Assert.Contains("not a known unit", Message("sarif", "en"), StringComparison.Ordinal);
        Assert.Contains("不是已知单位", Message("sarif", "zh"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plans/kazuo", "json", "en", "reports/kazuo.json")]
    [InlineData("plans/tieling", "json", "en", "reports/tieling.json")]
    [InlineData("plans/kazuo", "sarif", "zh", "reports/kazuo.sarif")]
    [InlineData("plans/tieling", "sarif", "zh", "reports/tieling.sarif")]
    public void The_reports_of_the_seeds_match_their_baselines(string plan, string format, string lang, string baseline)
    {
        var result = CliRunner.Run("check", plan, "--format", format, "--lang", lang);
        Assert.Equal(1, result.ExitCode);
        // SARIF names the workspace's absolute location (originalUriBaseIds): the one line that depends on the checkout.
        var root = new Uri(Repo.Root.TrimEnd('/') + "/").AbsoluteUri;
        Baseline.Match(result.Output.Replace(root, "file:///CHECKOUT/", StringComparison.Ordinal), baseline);
    }

    [Fact]
    public void Sarif_is_version_2_1_0_with_rules_results_and_regions()
    {
        var result = CliRunner.Run("check", Broken, "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Output);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("mplan", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["MP0001", "MP1008"], rules);
        var result1 = run.GetProperty("results")[1];
        Assert.Equal("MP1008", result1.GetProperty("ruleId").GetString());
        var region = result1.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(31, region.GetProperty("startLine").GetInt32());
        Assert.Contains("不是已知单位", result1.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_workspace_file_sets_severity_per_rule_and_off_skips_it()
    {
        using var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", Compile.Header + "指标 t \"年开采量\" { 值: <= 200 万吨 属性: 控制性 }\n现状 m { 值: 3 个 组成: [a = 1 个] }\n");
        var before = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Contains("warning MP2009", before.Output, StringComparison.Ordinal);
        Assert.Equal(1, before.ExitCode);

        temp.Write("plans/mplan.json", """{ "severity": { "MP2009": "off", "MP2001": "warning" } }""");
        var after = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.DoesNotContain("MP2009", after.Output, StringComparison.Ordinal);
        Assert.Contains("warning MP2001", after.Output, StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public void A_bad_workspace_file_is_MP5001_and_bad_input()
    {
        using var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", Compile.Header);
        temp.Write("plans/mplan.json", """{ "severity": { "MP2009": "loud" } }""");
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MP5001", result.Output, StringComparison.Ordinal);
    }
}
