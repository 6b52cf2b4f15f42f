using MineralPlan.Tests.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>mplan explain: every code explained from the catalog and its rule's source clause.</summary>
public sealed class ExplainTests
{
    [Fact]
    public void A_rule_code_prints_its_message_its_source_clause_and_a_triggering_example()
    {
        var result = CliRunner.Run("explain", "MP4009", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("MP4009 error: Blocks of the same kind overlap\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("  the … block '…' overlaps '…' by … km²", result.Output, StringComparison.Ordinal);
        Assert.Contains("C15 (一区块一主体)", result.Output, StringComparison.Ordinal);
        Assert.Contains("(rule BlockOverlapRule)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Triggered by, for example:\n  two 勘查 blocks sharing 0.25 km²", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passing_example_is_shown_apart_from_the_triggering_one()
    {
        var result = CliRunner.Run("explain", "MP2001", "--lang", "en");

        var trigger = result.Output.IndexOf("Triggered by, for example:", StringComparison.Ordinal);
        var passes = result.Output.IndexOf("Passes (no finding), for example:", StringComparison.Ordinal);
        Assert.True(trigger > 0 && passes > trigger, result.Output);
        Assert.Contains("  quiet for `值: 31 个` with the same parts", result.Output[passes..], StringComparison.Ordinal);
        Assert.DoesNotContain("quiet", result.Output[trigger..passes], StringComparison.Ordinal);
    }

    public static TheoryData<string> RuleCodes() =>
        [.. File.ReadLines(Path.Combine(Repo.Root, "src", "DIAGNOSTICS.md"))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\| (MP[234][0-9]{3}) \|"))
            .Where(m => m.Success).Select(m => m.Groups[1].Value)];

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Every_rule_explains_a_case_that_passes(string code)
    {
        var result = CliRunner.Run("explain", code, "--lang", "en");
        var passes = result.Output.IndexOf("Passes (no finding), for example:", StringComparison.Ordinal);
        Assert.True(passes > 0, result.Output);
        Assert.Contains("quiet", result.Output[passes..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_is_explained_in_Chinese_by_default_and_in_any_case()
    {
        var result = CliRunner.Run("explain", "mp1021");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("MP1021 error: Unknown mineral in an application", result.Output, StringComparison.Ordinal);
        Assert.Contains("不在矿种目录中", result.Output, StringComparison.Ordinal);
        Assert.Contains("不是规划规则", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MP7777")]
    [InlineData("")]
    [InlineData("'; DROP")]
    public void An_unknown_code_is_bad_usage(string code)
    {
        var result = CliRunner.Run("explain", code, "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a diagnostic code of mplan", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_holds_every_code_of_the_catalog_once()
    {
        var listed = CliRunner.Run("explain", "--list").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..6]).ToList();
        Assert.Equal(listed.Distinct().Count(), listed.Count);
        Assert.Equal(DiagnosticCatalogTests.AllDescriptors().Select(d => d.Code).Order(StringComparer.Ordinal), listed);
    }
}
