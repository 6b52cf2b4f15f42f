using MineralPlan.Cli;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>
/// The natively compiled front (README "Fast start"): which arguments it keeps, and that what it prints is the JIT
/// build's answer byte for byte, for every shipped plan and report format, and after a hand-over.
/// </summary>
public sealed class NativeFrontTests
{
    private static readonly string Build = Repo.PathOf(".mplan-build");
    private static readonly string Native = Path.Combine(Build, "native", "mplan");

    [Theory]
    [InlineData("check plans/kazuo", true)]
    [InlineData("check plans --format sarif", true)]
    [InlineData("check plans/kazuo --lang en --format json", true)]
    [InlineData("check --plugins artifacts/plugins ws/county", false)]
    [InlineData("check --plugins=artifacts/plugins ws/county", false)]
    [InlineData("check plans --trust-scripts", false)]
    [InlineData("check plans/kazuo --rights rights.geojson", false)]
    [InlineData("check plans/kazuo --rights=rights.geojson", false)]
    [InlineData("check --help", false)]
    [InlineData("check -h", false)]
    [InlineData("render plans/kazuo --format docx -o out", false)]
    [InlineData("lsp", false)]
    [InlineData("", false)]
    public void The_native_process_keeps_plain_checks_and_hands_over_the_rest(string args, bool native) =>
        Assert.Equal(native, NativeFront.Handles(args.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    public static TheoryData<string> Checks => new()
    {
        "check plans/kazuo",
        "check plans/tieling --lang en",
        "check plans --format json",
        "check plans --format sarif",
        "check plans/examples/province",
        "check plans/examples --format json --lang en",
        "check plans/liaoning --no-such-option",
        "check plans/no-such-plan",
        "check README.md",
    };

    [SkippableTheory]
    [MemberData(nameof(Checks))]
    public void The_native_check_answers_as_the_JIT_build(string args)
    {
        SkipWithoutNativeBuild();
        var argv = args.Split(' ');
        var jit = ExternalProcess.Run("dotnet", [Path.Combine(Build, "mplan.dll"), .. argv], Repo.Root, TimeSpan.FromMinutes(2));
        var native = ExternalProcess.Run(Native, argv, Repo.Root, TimeSpan.FromMinutes(2));
        Assert.Equal(jit.Code, native.Code);
        Assert.Equal(jit.Output, native.Output);
        Assert.NotEqual(string.Empty, native.Output);
    }

    [SkippableFact]
    public void A_check_that_meets_a_trusted_rule_script_is_run_by_the_JIT_build()
    {
        SkipWithoutNativeBuild();
        using var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan")));
        temp.Write("plans/p/note.rule.csx", "Warn(\"reviewed by script\");\n");
        // The user trusts the workspace (recorded in a configuration folder of this test's own).
        var config = Path.Combine(temp.Path, "config");
        Assert.Equal(0, ExternalProcess.Run(Native, ["trust", "plans"], temp.Path, TimeSpan.FromMinutes(2), ("MPLAN_CONFIG_HOME", config)).Code);
        var native = ExternalProcess.Run(Native, ["check", "plans/p", "--lang", "en"], temp.Path, TimeSpan.FromMinutes(2),
            ("MPLAN_CACHE", Path.Combine(temp.Path, "cache")), ("MPLAN_CONFIG_HOME", config));
        Assert.Contains("note.rule.csx: reviewed by script", native.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP9", native.Output, StringComparison.Ordinal);
        Assert.Equal(1, CountOf("0 error(s)", native.Output));
    }

    [SkippableFact]
    public void Words_the_messages_look_up_by_reflection_answer_as_in_the_JIT_build()
    {
        // Kinds and levels are quoted in Chinese through each enum's vocabulary attribute (Enumerations.Chinese), which
        // the native compiler must keep: the identifiers (key_mining, city) would otherwise be printed instead.
        SkipWithoutNativeBuild();
        using var temp = new TempFolder();
        temp.Write("plans/city/plan.mplan", """
            规划 city { 标题: "市规划" 级别: 市级 行政区: "甲市" 基期: 2020 规划期: 2021..2025 展望: 2035 下辖行政区: ["乙县", "丙县"] }
            分区 Z "甲区" { 类型: 重点勘查区 级别: 省级 矿种: 铁矿 }
            数量 a { 类型: 勘查 级别: 市级 按行政区: ["乙县" = 14 个] }
            """);
        temp.Write("plans/county/plan.mplan", """
            规划 county { 标题: "县规划" 级别: 县级 行政区: "乙县" 上级规划: city 基期: 2020 规划期: 2021..2025 展望: 2035 }
            分区 Z "甲区" { 类型: 重点开采区 级别: 市级 矿种: 铁矿 落实: 上级.Z }
            数量 c { 类型: 勘查 总数: 17 个 按级别: [省级 = 3 个, 市级 = 13 个] }
            """);
        var jit = ExternalProcess.Run("dotnet", [Path.Combine(Build, "mplan.dll"), "check", "plans"], temp.Path, TimeSpan.FromMinutes(2));
        var native = ExternalProcess.Run(Native, ["check", "plans"], temp.Path, TimeSpan.FromMinutes(2));
        Assert.Equal(jit.Output, native.Output);
        Assert.Contains("但其类型为 重点开采区，上级规划为 重点勘查区", native.Output, StringComparison.Ordinal);
        Assert.Contains("为乙县安排市级勘查 14个", native.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Boundaries_read_from_a_shapefile_answer_as_in_the_JIT_build()
    {
        SkipWithoutNativeBuild();
        using var temp = new TempFolder();
        var jitDll = Path.Combine(Build, "mplan.dll");
        var export = ExternalProcess.Run("dotnet", [jitDll, "export", Repo.PathOf("plans/examples/province"), "-f", "shp", "-o", "plans/p/layer.shp"],
            temp.Path, TimeSpan.FromMinutes(2));
        Assert.Equal(0, export.Code);

        // The province's own polygons, each read back from the shapefile by its index instead of written inline.
        var index = 0;
        var plan = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Repo.PathOf("plans/examples/province/plan.mplan")),
            @"边界: \[\[[^\]]*\]\]", _ => $"边界: \"layer.shp#{index++}\"");
        temp.Write("plans/p/plan.mplan", plan);
        var jit = ExternalProcess.Run("dotnet", [jitDll, "check", "plans/p"], temp.Path, TimeSpan.FromMinutes(2));
        var native = ExternalProcess.Run(Native, ["check", "plans/p"], temp.Path, TimeSpan.FromMinutes(2));
        Assert.Equal(jit.Output, native.Output);
        Assert.Equal(jit.Code, native.Code);
        Assert.Contains("边界围成 93.9222 km²", native.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Hostile_inputs_end_in_the_JIT_builds_diagnostics_within_bounded_time()
    {
        SkipWithoutNativeBuild();
        using var temp = new TempFolder();
        // A binary file, braces opened 20 000 deep, and boundaries reaching out of the workspace.
        File.WriteAllBytes(temp.Write("plans/binary/plan.mplan", string.Empty), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))]);
        temp.Write("plans/deep/plan.mplan", Compile.Header + new string('{', 20_000));
        temp.Write("plans/outside/plan.mplan", Compile.Header + """
            分区 ZX "外部集中开采区" { 类型: 集中开采区 级别: 县级 矿种: 建筑用砂石 边界: "/etc/passwd#A" }
            分区 ZY "上溯集中开采区" { 类型: 集中开采区 级别: 县级 矿种: 建筑用砂石 边界: "../../../x.shp#0" }
            """);
        foreach (var plan in new[] { "plans/binary", "plans/deep", "plans/outside", "plans" })
        {
            var jit = ExternalProcess.Run("dotnet", [Path.Combine(Build, "mplan.dll"), "check", plan], temp.Path, TimeSpan.FromMinutes(2));
            var native = ExternalProcess.Run(Native, ["check", plan], temp.Path, TimeSpan.FromMinutes(2));
            Assert.Equal(jit.Output, native.Output);
            Assert.Equal(jit.Code, native.Code);
            Assert.True(native.Code is 1 or 2, $"{plan}: exit {native.Code}\n{native.Output}");
            Assert.DoesNotContain("MP9", native.Output, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void A_report_that_cannot_be_written_in_full_fails_the_run()
    {
        SkipWithoutNativeBuild();
        Skip.IfNot(File.Exists("/dev/full"), "no /dev/full to stand for a full disk");
        // Standard output on a full disk (.NET ignores a closed pipe, as `| head` expects; a full disk is an error).
        var native = ExternalProcess.Run("bash", ["-c", $"exec '{Native}' check plans >/dev/full"], Repo.Root, TimeSpan.FromMinutes(2));
        var jit = ExternalProcess.Run("bash", ["-c", $"exec dotnet '{Path.Combine(Build, "mplan.dll")}' check plans >/dev/full"], Repo.Root, TimeSpan.FromMinutes(2));
        Assert.Equal(2, native.Code);
        Assert.Equal("mplan: reading or writing failed: No space left on device\n", native.Output);
        Assert.Equal(jit.Code, native.Code);
        Assert.Equal(jit.Output, native.Output);
    }

    [SkippableFact]
    public void A_command_the_native_process_does_not_run_is_handed_over_with_its_exit_code()
    {
        SkipWithoutNativeBuild();
        var native = ExternalProcess.Run(Native, ["explain", "MP2001"], Repo.Root, TimeSpan.FromMinutes(2));
        var jit = ExternalProcess.Run("dotnet", [Path.Combine(Build, "mplan.dll"), "explain", "MP2001"], Repo.Root, TimeSpan.FromMinutes(2));
        Assert.Equal(0, native.Code);
        Assert.Equal(jit.Output, native.Output);
        Assert.Contains("MP2001", native.Output, StringComparison.Ordinal);
    }

    private static int CountOf(string part, string text) => text.Split(part).Length - 1;

    private static void SkipWithoutNativeBuild()
    {
        // A native build that was tried and failed is a defect of the code (a trimming warning, say), not a missing
        // program: it fails here instead of skipping as if clang were absent.
        var log = Repo.PathOf(".mplan-build.native.log");
        if (!File.Exists(Native) && File.Exists(log) && File.ReadLines(log).Where(l => l.Contains(": error ", StringComparison.Ordinal)).Take(3).ToList() is { Count: > 0 } errors)
        {
            Assert.Fail($"the native front was built and failed (.mplan-build.native.log):\n{string.Join('\n', errors)}");
        }

        Skip.IfNot(File.Exists(Native) && File.Exists(Path.Combine(Build, "mplan.dll")),
            $"no native build at {Native}: it needs clang (apt install clang zlib1g-dev); MPLAN_NATIVE=wait ./mplan check plans/kazuo builds it");
    }
}
