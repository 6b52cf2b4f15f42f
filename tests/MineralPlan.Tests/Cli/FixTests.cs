using System.Runtime.InteropServices;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary><c>mplan fix</c> applies the fixes rules attach to their findings, on a copy of the shipped plans.</summary>
public sealed class FixTests
{
    [Fact]
    public void Dry_run_prints_the_change_as_a_diff_and_writes_nothing()
    {
        using var temp = TempFolder.WithPlans();
        var file = Path.Combine(temp.Path, "plans/kazuo/10_status.mplan");
        var before = File.ReadAllText(file);

        var result = CliRunner.RunIn(temp.Path, "fix", "plans/kazuo", "--dry-run");

        Assert.Contains("-    值: 26 个", result.Output, StringComparison.Ordinal);
        Assert.Contains("+    值: 31 个", result.Output, StringComparison.Ordinal);
        // The total, and the province plan's title where the seed cites it wrongly (依据 and three paragraphs, MP3018).
        Assert.Contains("+    依据 \"《辽宁省矿产资源总体规划（2021-2025年）》\" { }", result.Output, StringComparison.Ordinal);
        Assert.Contains("将应用 5 处修正", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(file));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Fixing_a_total_writes_the_sum_and_the_recheck_no_longer_reports_it()
    {
        using var temp = TempFolder.WithPlans();

        var result = CliRunner.RunIn(temp.Path, "fix", "plans/kazuo", "--code", "MP2001", "--lang", "en");

        Assert.Contains("applied 1 fix(es)", result.Output, StringComparison.Ordinal);
        Assert.Contains("    值: 31 个", File.ReadAllText(Path.Combine(temp.Path, "plans/kazuo/10_status.mplan")), StringComparison.Ordinal);
        Assert.DoesNotContain("MP2001", result.Output, StringComparison.Ordinal);
        Assert.Contains("MP2002", result.Output, StringComparison.Ordinal);   // no fix for it: still reported
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_region_suffix_and_a_document_number_are_corrected_in_place()
    {
        using var temp = TempFolder.WithPlans();

        var result = CliRunner.RunIn(temp.Path, "fix", "plans/tieling", "--code", "MP2013", "MP2012");

        var header = File.ReadAllText(Path.Combine(temp.Path, "plans/tieling/00_plan.mplan"));
        var layout = File.ReadAllText(Path.Combine(temp.Path, "plans/tieling/43_矿产勘查开发与保护布局.mplan"));
        Assert.DoesNotContain("文号: \"国土自然资发〔2020〕43号\"", header, StringComparison.Ordinal);
        Assert.Contains("文号: \"自然资发〔2020〕43号\"", header, StringComparison.Ordinal);
        Assert.DoesNotContain("开原县", layout, StringComparison.Ordinal);
        Assert.DoesNotContain("MP2013", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP2012", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_no_plan_is_bad_input()
    {
        using var temp = new TempFolder();

        var result = CliRunner.RunIn(temp.Path, "fix", "no/such/plan");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("不是规划文件夹", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_folder_holding_a_pipe_is_bad_input_and_nothing_is_written()
    {
        using var temp = TempFolder.WithPlans("kazuo", "chaoyang", "liaoning");
        var file = Path.Combine(temp.Path, "plans/kazuo/10_status.mplan");
        var before = File.ReadAllText(file);
        Assert.Equal(0, MakeFifo(Path.Combine(temp.Path, "plans/kazuo/99_pipe.mplan"), 0x1B6));

        var result = CliRunner.RunIn(temp.Path, "fix", "plans/kazuo");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MP0009", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(file));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_file_that_cannot_be_written_is_an_error_naming_it_not_a_crash()
    {
        using var temp = TempFolder.WithPlans("kazuo", "chaoyang", "liaoning");
        var file = Path.Combine(temp.Path, "plans/kazuo/10_status.mplan");
        var before = File.ReadAllText(file);
        // The rewrite refuses a read-only file (even as root, who could write it).
        File.SetUnixFileMode(file, UnixFileMode.UserRead);

        var result = CliRunner.RunIn(temp.Path, "fix", "plans/kazuo", "--code", "MP2001");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("无法写入 plans/kazuo/10_status.mplan：文件为只读", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(file));
    }

    [DllImport("libc.so.6", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
