using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>The walking skeleton through the public surface: the mplan CLI on plans/skeleton.</summary>
public sealed class SkeletonEndToEndTests
{
    [Fact]
    public void Check_on_the_skeleton_is_clean_and_exits_0()
    {
        var result = CliRunner.Run("check", "plans/skeleton");
        Assert.Equal(0, result.ExitCode);
        Baseline.Match(result.All, "cli/check-skeleton.txt");
    }

    [Fact]
    public void Render_md_writes_the_document_matching_its_golden_file()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("render", "plans/skeleton", "--format", "md", "-o", temp.Path);
        Assert.Equal(0, result.ExitCode);
        var markdown = File.ReadAllText(Path.Combine(temp.Path, "skeleton.md"));
        Assert.Contains("全县共有矿山26个，其中大中型7个", markdown, StringComparison.Ordinal);
        Baseline.Match(markdown, "render/skeleton.md");
    }

    [Fact]
    public void A_broken_copy_gives_diagnostics_at_the_right_line_and_column_and_exits_1()
    {
        var result = CliRunner.Run("check", "tests/MineralPlan.Tests/Cases/skeleton-broken", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("tests/MineralPlan.Tests/Cases/skeleton-broken/plan.mplan:14:13: error MP0001:", result.Output, StringComparison.Ordinal);
        Assert.Contains("plan.mplan:31:14: error MP1008:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Baseline.Match(result.All, "cli/check-skeleton-broken.txt");
    }

    [Fact]
    public void Messages_are_chinese_by_default()
    {
        var result = CliRunner.Run("check", "tests/MineralPlan.Tests/Cases/skeleton-broken");
        Assert.Contains("error MP1008: “万方米/年”不是已知单位", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_plan_folder_is_bad_input_exit_2()
    {
        var result = CliRunner.Run("check", "plans/does-not-exist", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'plans/does-not-exist' is not a plan folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_usage_exits_2_with_a_hint()
    {
        var result = CliRunner.Run("check");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("mplan --help", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--lang")]
    [InlineData("render", "--format")]
    [InlineData("render", "--output")]
    [InlineData("render", "--force")]
    [InlineData("render", "--overwrite")]
    [InlineData("trust", "--remove")]
    [InlineData("render", "--templates")]
    public void Help_describes_every_option(string command, string option)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_does_not_overwrite_a_file_it_did_not_write_without_overwrite()
    {
        using var temp = new TempFolder();
        var mine = temp.Write("skeleton.md", "my own notes");
        var refused = CliRunner.Run("render", "plans/skeleton", "-o", temp.Path, "--lang", "en");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("pass --overwrite", refused.Error, StringComparison.Ordinal);
        Assert.Equal("my own notes", File.ReadAllText(mine));

        var forced = CliRunner.Run("render", "plans/skeleton", "-o", temp.Path, "--overwrite");
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("# 示例县", File.ReadAllText(mine), StringComparison.Ordinal);

        var again = CliRunner.Run("render", "plans/skeleton", "-o", temp.Path);
        Assert.Equal(0, again.ExitCode);
    }

    [Fact]
    public void Render_refuses_a_plan_with_errors()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("render", "tests/MineralPlan.Tests/Cases/skeleton-broken", "-o", temp.Path, "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(temp.Path, "skeleton.md")));
    }
}
