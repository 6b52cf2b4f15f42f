using System.Text;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>Nothing lost, truncated or overwritten without saying so: big documents, concurrent renders, refused writes, fmt.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Collection("alone")]   // the template test measures the process's allocations
public sealed class NoSilentLossTests
{
    private const string MapPlan = """
        规划 m {
            标题: "测试县矿产资源规划（2021～2025年）"
            级别: 县级
            行政区: "测试县"
            基期: 2020
            规划期: 2021..2025
            展望: 2035
            坐标系: "CGCS2000 GK3 40"
            边界: [[40470000, 4480000, 40530000, 4480000, 40530000, 4530000, 40470000, 4530000, 40470000, 4480000]]
        }

        分区 Z1 "甲集中开采区" {
            类型: 集中开采区
            级别: 县级
            矿种: 建筑用砂石
            面积: 1 km2
            边界: [[40480000, 4490000, 40481000, 4490000, 40481000, 4491000, 40480000, 4491000, 40480000, 4490000]]
        }

        章 "附图" {
            计号: 否
            插入: fig1
            插入: fig2
        }

        附图 fig1 "测试县矿产资源勘查开发保护总体布局图" { }
        附图 fig2 "测试县矿产资源勘查开发保护总体布局图（局部）" { }
        """;

    [Fact]
    public void A_document_longer_than_any_template_engine_limit_is_rendered_whole()
    {
        using var temp = new TempFolder();
        var text = new StringBuilder(File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan")));
        text.Append("章 \"大量段落\" {\n");
        for (var i = 1; i <= 24_000; i++)
        {
            text.Append("    段: \"第").Append(i).Append("段：全县矿产资源开发利用水平持续提高，绿色矿山建设稳步推进，矿山地质环境明显改善。\"\n");
        }

        temp.Write("plans/big/plan.mplan", text.Append("}\n").ToString());
        foreach (var format in new[] { "md", "html" })
        {
            var result = CliRunner.RunIn(temp.Path, "render", "plans/big", "--format", format, "-o", "out");
            Assert.Equal(0, result.ExitCode);
            var written = File.ReadAllText(Path.Combine(temp.Path, "out/skeleton." + format));
            Assert.True(written.Length > 1_048_576, $"{format}: {written.Length} characters");
            Assert.Contains("第24000段：全县矿产资源开发利用水平持续提高", written, StringComparison.Ordinal);
        }

        Assert.EndsWith("</html>\n", File.ReadAllText(Path.Combine(temp.Path, "out/skeleton.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ x = \"甲乙丙丁\"\nfor i in 1..40\nx = x + x\nend\nx }}", "string")]
    [InlineData("{{ for i in 1..5000000 }}一段很长的文字一段很长的文字一段很长的文字一段很长的文字{{ end }}", "output")]
    [InlineData("{{ repeat \"段\" 2000000000 }}", "repeat")]
    public void A_template_that_would_blow_up_the_text_stops_with_an_error_and_writes_nothing(string template, string what)
    {
        using var temp = TempFolder.WithPlans("kazuo", "chaoyang", "liaoning");
        temp.Write("pack/plan.md.scriban", template);
        var before = GC.GetTotalAllocatedBytes();
        var result = CliRunner.RunIn(temp.Path, "render", "plans/kazuo", "--format", "md", "-o", "out", "--templates", "pack", "--force", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("template error: ", result.Error.Split('\n').First(l => l.StartsWith("template error", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "out/kazuo.md")), what);
        // The bound is 128 M characters (256 MB) per string; doubling stops near it instead of reaching gigabytes.
        Assert.True(GC.GetTotalAllocatedBytes() - before < 3L << 30, $"{what}: allocated {(GC.GetTotalAllocatedBytes() - before) >> 20} MB");
    }

    [Fact]
    public void Force_renders_a_plan_with_errors_but_only_overwrite_replaces_a_file_mplan_did_not_write()
    {
        using var temp = TempFolder.WithPlans("kazuo", "chaoyang", "liaoning");
        var mine = temp.Write("out/kazuo.md", "my own notes");
        var forced = CliRunner.RunIn(temp.Path, "render", "plans/kazuo", "--format", "md", "-o", "out", "--force", "--lang", "en");
        Assert.Equal(2, forced.ExitCode);
        Assert.Contains("out/kazuo.md exists and was not written by mplan; pass --overwrite to replace it", forced.Error, StringComparison.Ordinal);
        Assert.Equal("my own notes", File.ReadAllText(mine));

        var overwritten = CliRunner.RunIn(temp.Path, "render", "plans/kazuo", "--format", "md", "-o", "out", "--overwrite", "--lang", "en");
        Assert.Equal(1, overwritten.ExitCode);
        Assert.Contains("the plan has errors", overwritten.Error, StringComparison.Ordinal);
        Assert.Equal("my own notes", File.ReadAllText(mine));

        Assert.Equal(0, CliRunner.RunIn(temp.Path, "render", "plans/kazuo", "--format", "md", "-o", "out", "--force", "--overwrite").ExitCode);
        Assert.StartsWith("#", File.ReadAllText(mine), StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_a_pipe_or_a_link_in_the_output_s_place_is_never_replaced_even_with_overwrite()
    {
        using var temp = new TempFolder();
        temp.Write("mine.txt", "kept");
        Directory.CreateDirectory(Path.Combine(temp.Path, "out"));
        Assert.Equal(0, MakeFifo(Path.Combine(temp.Path, "out/pipe.gpkg"), 0x1B6));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "out/link.gpkg"), Path.Combine(temp.Path, "mine.txt"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "out/null.gpkg"), "/dev/null");
        foreach (var target in new[] { "out/pipe.gpkg", "out/link.gpkg", "out/null.gpkg" })
        {
            var result = CliRunner.RunIn(temp.Path, "db", "export", Repo.PathOf("plans/examples/city"), "-o", target, "--force", "--overwrite", "--lang", "en");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{target} is not a regular file (a device, pipe, folder or link); mplan never replaces one", result.Error, StringComparison.Ordinal);
        }

        Assert.NotNull(new FileInfo(Path.Combine(temp.Path, "out/null.gpkg")).LinkTarget);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(temp.Path, "mine.txt")));
        Assert.Equal(MineralPlan.Syntax.Files.FileKind.Kind.Other, MineralPlan.Syntax.Files.FileKind.Of(Path.Combine(temp.Path, "out/pipe.gpkg")));
        var export = CliRunner.RunIn(temp.Path, "export", Repo.PathOf("plans/examples/city"), "-o", "out/pipe.gpkg", "--overwrite", "--lang", "en");
        Assert.Equal(2, export.ExitCode);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(temp.Path, "out"), "*" + MineralPlan.Syntax.Files.AtomicFile.TempSuffix));
    }

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint mode);

    [Fact]
    public void Renders_into_one_folder_at_once_keep_each_others_manifest_entries()
    {
        using var temp = new TempFolder();
        var jobs = new[] { "plans/kazuo", "plans/tieling", "plans/skeleton", "plans/examples/county" }
            .SelectMany(plan => new[] { "md", "html", "xlsx" }.Select(format => (plan, format)))
            .ToList();
        var out1 = Path.Combine(temp.Path, "out");
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 6 }, job =>
        {
            var result = CliRunner.Run("render", job.plan, "--format", job.format, "-o", out1, "--force");
            results.Add($"{job.plan} {job.format}: {result.ExitCode} {result.All}");
        });
        Assert.All(results, r => Assert.Contains(": 0 ", r, StringComparison.Ordinal));
        var manifest = File.ReadAllLines(Path.Combine(out1, ".mplan-outputs"));
        var files = Directory.GetFiles(out1).Select(Path.GetFileName).Where(n => n != ".mplan-outputs").ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), manifest.Order(StringComparer.Ordinal));
        // Every file is known as mplan's own: rendering again without --force is not refused.
        Assert.Equal(0, CliRunner.Run("render", "plans/skeleton", "--format", "md", "-o", out1).ExitCode);
    }

    [Fact]
    public void A_refused_write_fails_the_command_even_when_later_writes_succeed()
    {
        using var temp = new TempFolder();
        temp.Write("plans/m/plan.mplan", MapPlan);
        temp.Write("out/m-附图1.svg", "a file someone else made");
        var result = CliRunner.RunIn(temp.Path, "render", "plans/m", "--format", "md", "-o", "out", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: out/m-附图1.svg exists and was not written by mplan", result.Error, StringComparison.Ordinal);
        Assert.Contains("wrote out/m-附图2.svg", result.Output, StringComparison.Ordinal);
        Assert.Equal("a file someone else made", File.ReadAllText(Path.Combine(temp.Path, "out/m-附图1.svg")));
    }

    [Fact]
    public void Fmt_through_a_symlink_formats_the_target_and_keeps_the_link_and_the_permissions()
    {
        using var temp = new TempFolder();
        var target = temp.Write("plans/real/plan.mplan", "规划 p {标题: \"x\"   级别: 县级}\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var link = Path.Combine(temp.Path, "plans/p/plan.mplan");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, target);
        var result = CliRunner.RunIn(temp.Path, "fmt", "plans/p/plan.mplan");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Contains("    标题: \"x\"\n", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(target));
    }

    [Fact]
    public void Fmt_and_fix_refuse_a_read_only_file_and_leave_it_and_its_folder_as_they_were()
    {
        using var temp = new TempFolder();
        const string Text = "规划 p {标题: \"x\"   级别: 县级}\n";
        var file = temp.Write("plans/p/plan.mplan", Text);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var result = CliRunner.RunIn(temp.Path, "fmt", "plans/p", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: cannot format plans/p/plan.mplan: the file is read-only", result.Error, StringComparison.Ordinal);
        Assert.Equal(Text, File.ReadAllText(file));
        Assert.Equal(["plan.mplan"], Directory.EnumerateFileSystemEntries(Path.Combine(temp.Path, "plans/p")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_rewrite_refuses_a_file_that_changed_after_it_was_read_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var file = temp.Write("plans/p/plan.mplan", "规划 p { 标题: \"saved in the editor meanwhile\" }\n");
        var refused = MineralPlan.Cli.Output.PlanFileRewrite.Replace(file, "规划 p { 标题: \"as fmt read it\" }\n", "formatted");
        Assert.NotNull(refused);
        Assert.Contains("changed on disk after it was read", refused.Value.En, StringComparison.Ordinal);
        Assert.Equal("规划 p { 标题: \"saved in the editor meanwhile\" }\n", File.ReadAllText(file));

        // What a killed run left (an hour old) goes; what a running one is writing (just now) stays.
        var stale = temp.Write("plans/p/.plan.mplan.0123456789ab.mplan-tmp", "half written");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        var fresh = temp.Write("plans/p/.plan.mplan.ba9876543210.mplan-tmp", "being written");
        Assert.Null(MineralPlan.Cli.Output.PlanFileRewrite.Replace(file, "规划 p { 标题: \"saved in the editor meanwhile\" }\n", "formatted\n"));
        Assert.False(File.Exists(stale));
        File.Delete(fresh);
        Assert.Equal("formatted\n", File.ReadAllText(file));
        Assert.Equal(["plan.mplan"], Directory.EnumerateFileSystemEntries(Path.Combine(temp.Path, "plans/p")).Select(Path.GetFileName));
    }

    [SkippableFact]
    public void Fmt_run_as_root_keeps_the_owner_of_a_users_file()
    {
        Skip.If(Environment.UserName != "root", "only root can give a file to another user; this run is not root");
        using var temp = new TempFolder();
        var file = temp.Write("plans/p/plan.mplan", "规划 p {标题: \"x\"   级别: 县级}\n");
        Assert.Equal(0, ExternalProcess.Run("chown", ["65534:65534", file], temp.Path, TimeSpan.FromSeconds(10)).Code);
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "fmt", "plans/p").ExitCode);
        Assert.Contains("    标题: \"x\"\n", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal("65534:65534", ExternalProcess.Run("stat", ["-c", "%u:%g", file], temp.Path, TimeSpan.FromSeconds(10)).Output.Trim());
    }

    [Fact]
    public void Fmt_check_shows_what_it_would_change_as_a_unified_diff_and_changes_nothing()
    {
        using var temp = new TempFolder();
        const string Text = "规划 p {标题: \"x\"   级别: 县级}\n// keep\n";
        var file = temp.Write("plans/p/plan.mplan", Text);
        var result = CliRunner.RunIn(temp.Path, "fmt", "--check", "plans/p", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not formatted: plans/p/plan.mplan\n--- a/plans/p/plan.mplan\n+++ b/plans/p/plan.mplan\n@@ -1,", result.Output, StringComparison.Ordinal);
        Assert.Contains("-规划 p {标题: \"x\"   级别: 县级}\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("+    标题: \"x\"\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(Text, File.ReadAllText(file));
    }

    [Fact]
    public void Fmt_keeps_a_byte_order_mark_and_refuses_to_change_an_encoding_unasked()
    {
        using var temp = new TempFolder();
        var bom = Path.Combine(temp.Path, "bom.mplan");
        File.WriteAllText(bom, "规划 p {标题: \"x\"   级别: 县级}\n", new UTF8Encoding(true));
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "fmt", "bom.mplan").ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(bom)[..3]);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Path.Combine(temp.Path, "gb.mplan");
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("规划 p {标题: \"喀左县\"   级别: 县级}\n");
        File.WriteAllBytes(gb, bytes);
        var refused = CliRunner.RunIn(temp.Path, "fmt", "gb.mplan", "--lang", "en");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("gb.mplan is GB18030-encoded; fmt writes UTF-8 and changes no file's encoding unasked: pass --to-utf8", refused.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(gb));

        Assert.Equal(0, CliRunner.RunIn(temp.Path, "fmt", "gb.mplan", "--to-utf8").ExitCode);
        Assert.Contains("标题: \"喀左县\"", File.ReadAllText(gb, new UTF8Encoding(false, true)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_cannot_be_written_fails_with_exit_2_and_says_so()
    {
        var error = new StringWriter { NewLine = "\n" };
        var code = MineralPlan.Cli.Cli.Run(["check", "plans/kazuo"], new MineralPlan.Cli.CliContext(new FullDisk(), error, Repo.Root));
        Assert.Equal(2, code);
        Assert.Equal("mplan: reading or writing failed: No space left on device\n", error.ToString());
    }

    /// <summary>Standard output on a full disk: every write fails.</summary>
    private sealed class FullDisk : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}
