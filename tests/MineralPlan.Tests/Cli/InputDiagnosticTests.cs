using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>
/// The input diagnostics the catalog lists, each triggered through <c>mplan check</c> with its code, place and
/// exit status: input that cannot be read is exit 2 (bad input), a plan that reads but is wrong is exit 1.
/// </summary>
public sealed class InputDiagnosticTests
{
    private const string Header = "规划 p { 标题: \"测试县矿产资源规划\" 级别: 县级 }\n";

    [Fact]
    public void Bytes_neither_UTF8_nor_GB18030_are_MP0003_and_exit_2()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "p"));
        // 0xFF never starts a GB18030 sequence, and is never valid UTF-8.
        File.WriteAllBytes(Path.Combine(temp.Path, "p", "plan.mplan"), [.. System.Text.Encoding.UTF8.GetBytes(Header), 0xFF, 0xFF, 0x0A]);
        var result = CliRunner.RunIn(temp.Path, "check", "p");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("p/plan.mplan:1:1: error MP0003:", result.Output, StringComparison.Ordinal);
        Assert.Contains("GB18030", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_NUL_bytes_is_MP0006_and_exit_2()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "p"));
        File.WriteAllBytes(Path.Combine(temp.Path, "p", "plan.mplan"), [.. System.Text.Encoding.UTF8.GetBytes(Header), 0x00, 0x41]);
        var result = CliRunner.RunIn(temp.Path, "check", "p", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("p/plan.mplan:1:1: error MP0006: the file contains NUL bytes", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_plan_files_is_MP1017_and_exit_2()
    {
        using var temp = new TempFolder();
        temp.Write("p/readme.txt", "not a plan");
        var result = CliRunner.RunIn(temp.Path, "check", "p");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error MP1017:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_that_name_each_other_as_parent_are_MP3012_at_the_parent_reference_and_exit_1()
    {
        using var temp = new TempFolder();
        temp.Write("ws/a/plan.mplan", "规划 a {\n    标题: \"甲县矿产资源规划\"\n    级别: 县级\n    上级规划: b\n}\n");
        temp.Write("ws/b/plan.mplan", "规划 b {\n    标题: \"乙市矿产资源规划\"\n    级别: 市级\n    上级规划: a\n}\n");
        var result = CliRunner.RunIn(temp.Path, "check", "ws/a");
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"ws/[ab]/plan\.mplan:4:\d+: error MP3012:", result.Output);
    }

    [Fact]
    public void A_near_miss_a_proper_chain_has_no_MP3012()
    {
        using var temp = new TempFolder();
        temp.Write("ws/a/plan.mplan", "规划 a {\n    标题: \"甲县矿产资源规划\"\n    级别: 县级\n    上级规划: b\n}\n");
        temp.Write("ws/b/plan.mplan", "规划 b {\n    标题: \"乙市矿产资源规划\"\n    级别: 市级\n}\n");
        var result = CliRunner.RunIn(temp.Path, "check", "ws/a");
        Assert.DoesNotContain("MP3012", result.Output, StringComparison.Ordinal);
    }
}
