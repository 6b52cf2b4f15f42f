using System.Runtime.InteropServices;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>
/// Inputs an attacker or a careless user gives: files out of the workspace, pipes and devices, counts that
/// announce more than the file holds, numbers beyond any plan, control characters. Each ends in a diagnostic
/// with the place, never a hang, a crash or a file with Infinity in it.
/// </summary>
public sealed class HostileInputTests
{
    private const string Feature = """
        {"type":"FeatureCollection","features":[{"type":"Feature","id":"A","properties":{"名称":"甲"},
         "geometry":{"type":"Polygon","coordinates":[[[120,41],[120.01,41],[120.01,41.01],[120,41.01],[120,41]]]}}]}
        """;

    private static string ZoneAt(string reference) => Compile.Header + $$"""
        分区 ZX "外部集中开采区" {
            类型: 集中开采区
            级别: 县级
            矿种: 建筑用砂石
            边界: "{{reference}}"
        }
        """;

    [Theory]
    [InlineData("../../outside.geojson#A")]
    [InlineData("../../no-such-file.geojson#A")]
    [InlineData("/etc/passwd#A")]
    [InlineData("link.geojson#A")]
    [InlineData("linked-dir/outside.geojson#A")]
    public void A_file_outside_the_workspace_is_refused_without_saying_whether_it_exists(string reference)
    {
        using var temp = new TempFolder();
        temp.Write("outside.geojson", Feature);
        temp.Write("plans/p/plan.mplan", ZoneAt(reference));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "plans/p/link.geojson"), Path.Combine(temp.Path, "outside.geojson"));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "plans/p/linked-dir"), temp.Path);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"plans/p/plan.mplan:6:5: error MP4023: the boundary of '外部集中开采区' refers to '{reference}', which is not followed: the file must lie inside the workspace (plans/", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP4007", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_elsewhere_in_the_workspace_is_read()
    {
        using var temp = new TempFolder();
        temp.Write("plans/shared/in.geojson", Feature);
        temp.Write("plans/p/plan.mplan", ZoneAt("../shared/in.geojson#A"));
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.DoesNotContain("MP4023", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP4007", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_file_linked_to_a_file_outside_the_workspace_is_MP0011_and_its_text_never_printed()
    {
        using var temp = new TempFolder();
        temp.Write("secret.txt", "SECRET_TOKEN=abc123\n");
        temp.Write("plans/p/plan.mplan", Compile.Header);
        temp.Write("plans/q/inside.mplan", "章 \"内\" {\n    段: \"工作区内的文字\"\n}\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "plans/p/secret.mplan"), Path.Combine(temp.Path, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "plans/p/inside.mplan"), Path.Combine(temp.Path, "plans/q/inside.mplan"));
        foreach (var args in new[] { new[] { "check", "plans/p", "--lang", "en" }, ["render", "plans/p", "--format", "md", "-o", "out", "--lang", "en"], ["export", "plans/p", "-o", "out.geojson", "--lang", "en"] })
        {
            var result = CliRunner.RunIn(temp.Path, args);
            Assert.DoesNotContain("SECRET_TOKEN", result.All, StringComparison.Ordinal);
            Assert.Contains("plans/p/secret.mplan:1:1: error MP0011: 'plans/p/secret.mplan' is a link that leads outside the workspace", result.All, StringComparison.Ordinal);
            Assert.DoesNotContain("inside.mplan:1:1: error", result.All, StringComparison.Ordinal);
            Assert.InRange(result.ExitCode, args[0] == "check" ? 2 : 1, 2);
        }

        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(temp.Path, "out")).Any(f => File.ReadAllText(f).Contains("SECRET", StringComparison.Ordinal)));
        var fmt = CliRunner.RunIn(temp.Path, "fmt", "plans/p", "--lang", "en");
        Assert.DoesNotContain("SECRET_TOKEN", fmt.All, StringComparison.Ordinal);
        Assert.Equal("SECRET_TOKEN=abc123\n", File.ReadAllText(Path.Combine(temp.Path, "secret.txt")));
    }

    [Fact]
    public void A_pipe_or_device_named_mplan_is_MP0009_not_a_hang()
    {
        using var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", Compile.Header);
        Assert.Equal(0, MakeFifo(Path.Combine(temp.Path, "plans/p/pipe.mplan"), 0x1B6));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "plans/p/zero.mplan"), "/dev/zero");
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("plans/p/pipe.mplan:1:1: error MP0009: 'plans/p/pipe.mplan' is not a regular file (a pipe, socket or device)", result.Output, StringComparison.Ordinal);
        // A link to a device outside the workspace is refused before anything is asked of its target.
        Assert.Contains("plans/p/zero.mplan:1:1: error MP0011", result.Output, StringComparison.Ordinal);

        var fmt = CliRunner.RunIn(temp.Path, "fmt", "plans/p/pipe.mplan", "--lang", "en");
        Assert.Equal(1, fmt.ExitCode);
        Assert.Contains("MP0009", fmt.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_named_as_a_rule_script_or_as_the_plans_settings_file_is_a_finding_not_a_hang()
    {
        using var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", Compile.Header);
        Assert.Equal(0, MakeFifo(Path.Combine(temp.Path, "plans/p/a.rule.csx"), 0x1B6));
        var script = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(1, script.ExitCode);
        Assert.Contains("plans/p/a.rule.csx:1:1: error MP5012: 'plans/p/a.rule.csx' is not a regular file (a pipe, socket or device)", script.Output, StringComparison.Ordinal);

        Assert.Equal(0, MakeFifo(Path.Combine(temp.Path, "plans/p/mplan.json"), 0x1B6));
        var settings = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(2, settings.ExitCode);
        Assert.Contains("error MP5001: the workspace file is not valid: plans/p/mplan.json is not a regular file", settings.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_referenced_as_a_GIS_file_is_a_finding_not_a_hang()
    {
        using var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", ZoneAt("pipe.geojson#A"));
        Assert.Equal(0, MakeFifo(Path.Combine(temp.Path, "plans/p/pipe.geojson"), 0x1B6));
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error MP4007: the boundary of '外部集中开采区' refers to 'pipe.geojson#A': the file pipe.geojson is not a regular file", result.Output, StringComparison.Ordinal);

        var import = CliRunner.RunIn(temp.Path, "import", "plans/p/pipe.geojson", "-o", "out.mplan", "--lang", "en");
        Assert.Equal(2, import.ExitCode);
        Assert.Contains("MP4020", import.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("points", "record 1: it announces more parts or points than its 128 bytes hold")]
    [InlineData("parts", "record 1: it announces more parts or points than its 128 bytes hold")]
    [InlineData("negative", "record 1: it announces more parts or points than its 128 bytes hold")]
    [InlineData("truncated", "the .shp header announces 508 bytes but the file has 254: it is truncated")]
    [InlineData("records", "the .dbf header announces 4294967295 records")]
    [InlineData("length", "record 1 announces")]
    public void A_shapefile_whose_counts_exceed_its_bytes_is_refused_before_reading(string damage, string why)
    {
        using var temp = new TempFolder();
        var export = CliRunner.RunIn(Repo.Root, "export", "plans/examples/province", "--format", "shp", "-o", Path.Combine(temp.Path, "plans/p/layer.shp"));
        Assert.Equal(0, export.ExitCode);
        Damage(Path.Combine(temp.Path, "plans/p/layer"), damage);

        var import = CliRunner.RunIn(temp.Path, "import", "plans/p/layer.shp", "-o", "out.mplan", "--lang", "en");
        Assert.Equal(2, import.ExitCode);
        Assert.Contains("layer.shp:1:1: error MP4020: cannot read the GIS file: " + why, import.All, StringComparison.Ordinal);
        // The reason is in the message's language only: no Chinese half after a slash.
        Assert.DoesNotContain("字节", import.All, StringComparison.Ordinal);

        temp.Write("plans/p/plan.mplan", ZoneAt("layer.shp#0"));
        var check = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("error MP4007: the boundary of '外部集中开采区' refers to 'layer.shp#0': ", check.Output, StringComparison.Ordinal);
        Assert.Contains(why, check.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("字节", check.Output, StringComparison.Ordinal);
        Assert.Contains("字节", CliRunner.RunIn(temp.Path, "check", "plans/p").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_packed_string_announcing_two_billion_points_is_a_finding_at_the_count()
    {
        using var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", Compile.Header + """
            分区 ZX "外部集中开采区" {
                类型: 集中开采区
                级别: 县级
                矿种: 建筑用砂石
                坐标系: "CGCS2000 GK3 40"
                边界: "1,2147483647,40480000,4490000,40481000,4490000,40481000,4491000,40480000,4490000"
            }
            """);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plans/p/plan.mplan:7:12: error MP4006", result.Output, StringComparison.Ordinal);
        Assert.Contains("area 1 announces 2147483647 points but the string ends first", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("999999999999999999999 亿吨")]
    [InlineData("1e28 万吨")]
    [InlineData("0.0000000000000000000001 万吨")]
    public void A_number_no_plan_can_hold_is_MP1019_at_the_number_and_nothing_writes_Infinity(string quantity)
    {
        using var temp = new TempFolder();
        var skeleton = File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan"));
        temp.Write("plans/p/plan.mplan", skeleton.Replace("值: 26 个", "值: " + quantity, StringComparison.Ordinal)
            .Replace("组成: [大中型 = 7 个, 小型 = 19 个]", "组成: [大中型 = 7 吨, 小型 = " + quantity + "]", StringComparison.Ordinal)
            .Replace("最低规模: 20 万立方米/年", "最低规模: " + quantity + "/年", StringComparison.Ordinal));
        temp.Write("plans/old/plan.mplan", skeleton);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"plans/p/plan.mplan:14:8: error MP1019: '{quantity.Replace(" ", string.Empty, StringComparison.Ordinal)}' is outside the range", result.Output, StringComparison.Ordinal);
        Assert.Contains("plans/p/plan.mplan:31:11: error MP1019", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP9001", result.Output, StringComparison.Ordinal);
        foreach (var format in new[] { "md", "html", "docx", "xlsx" })
        {
            var render = CliRunner.RunIn(temp.Path, "render", "plans/p", "--format", format, "-o", "out", "--force");
            Assert.Equal(0, render.ExitCode);
        }

        Assert.All(Directory.GetFiles(Path.Combine(temp.Path, "out"), "p.*"), f => Assert.DoesNotContain("Infinity", File.ReadAllText(f), StringComparison.Ordinal));
        var diff = CliRunner.RunIn(temp.Path, "diff", "plans/old", "plans/p", "--format", "json");
        Assert.Equal(0, diff.ExitCode);
        Assert.DoesNotContain("Infinity", diff.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_beyond_any_plan_in_a_GeoJSON_are_not_imported_and_each_is_named()
    {
        using var temp = new TempFolder();
        temp.Write("in.geojson", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":"A","properties":{"名称":"甲","类型":"集中开采区","面积（km2）":1e400},"geometry":{"type":"Polygon","coordinates":[[[120,41],[120.01,41],[120.01,41.01],[120,41]]]}},
            {"type":"Feature","id":"B","properties":{"名称":"乙","类型":"集中开采区"},"geometry":{"type":"Polygon","coordinates":[[[1e400,41],[120.01,41],[120.01,41.01],[1e400,41]]]}},
            {"type":"Feature","id":"C","properties":{"名称":"丙","类型":"集中开采区"},"geometry":null},
            {"type":"Feature","id":"D","properties":{"名称":"丁","类型":"集中开采区"},"geometry":{"type":"Polygon","coordinates":[[[1e16,41],[120.01,41],[120.01,41.01],[1e16,41]]]}},
            {"type":"Feature","id":"E","properties":{"名称":"戊","类型":"集中开采区"},"geometry":{"type":"Polygon","coordinates":[[[120,-1e308],[120.01,41],[120.01,41.01],[120,-1e308]]]}}
            ]}
            """);
        var result = CliRunner.RunIn(temp.Path, "import", "in.geojson", "-o", "out.mplan", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("in.geojson:2:1: warning MP4025: feature #0: the attribute 面积（km2） = Infinity is not a number a plan can hold", result.Error, StringComparison.Ordinal);
        Assert.Contains("in.geojson:3:1: warning MP4024: feature #1 was written without 边界: a coordinate is not a finite number of at most 10^15", result.Error, StringComparison.Ordinal);
        Assert.Contains("in.geojson:5:1: warning MP4024: feature #3 was written without 边界", result.Error, StringComparison.Ordinal);
        Assert.Contains("in.geojson:6:1: warning MP4024: feature #4 was written without 边界", result.Error, StringComparison.Ordinal);
        Assert.Contains("in.geojson:4:1: warning MP4024: feature #2 was written without 边界: it has no geometry", result.Error, StringComparison.Ordinal);
        var written = File.ReadAllText(Path.Combine(temp.Path, "out.mplan"));
        Assert.DoesNotContain("Infinity", written, StringComparison.Ordinal);
        Assert.DoesNotContain("E+", written, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("10000000000000000", written, StringComparison.Ordinal);
        Assert.Contains("分区 C \"丙\"", written, StringComparison.Ordinal);
        Assert.Contains("分区 E \"戊\"", written, StringComparison.Ordinal);
        // What came in is a plan check reads without MP0007/MP1019.
        Assert.DoesNotContain("MP0007", CliRunner.RunIn(temp.Path, "check", ".").All, StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_whose_plan_text_would_pass_the_file_limit_writes_nothing_and_says_where()
    {
        using var temp = new TempFolder();
        var features = string.Join(",\n", Enumerable.Range(0, 40).Select(i =>
            $$$"""{"type":"Feature","id":"Z{{{i}}}","properties":{"名称":"区{{{i}}}","类型":"集中开采区"},"geometry":{"type":"Polygon","coordinates":[[[120,41],[120.01,41],[120.01,41.01],[120,41.01],[120,41]]]}}"""));
        var path = temp.Write("big.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n" + features + "\n]}");
        var (layer, error) = MineralPlan.Geometry.Interchange.GisLayer.Read(path, "big.geojson");
        Assert.Null(error);
        Assert.NotNull(layer);
        var (text, diagnostics) = MineralPlan.Geometry.Interchange.FeatureImporter.Import(layer, "big.geojson", new() { MaxTextLength = 4_000 });
        Assert.Null(text);
        var refusal = Assert.Single(diagnostics, d => d.Code == "MP4020");
        Assert.Contains("the plan text passes the 1 MB a plan file may hold; nothing is written", refusal.Message(MineralPlan.Abstractions.Diagnostics.Language.En), StringComparison.Ordinal);
        Assert.True(refusal.Span.Line > 2, "the refusal stands at the feature where the text passed the limit");
        Assert.NotNull(MineralPlan.Geometry.Interchange.FeatureImporter.Import(layer, "big.geojson", new()).Text);
    }

    [Fact]
    public void A_control_character_is_MP0010_at_its_position_and_every_renderer_still_renders()
    {
        using var temp = new TempFolder();
        var skeleton = File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan"));
        temp.Write("plans/p/plan.mplan", skeleton.Replace("示例县矿产资源规划", "示例县\u0001矿产资源规划", StringComparison.Ordinal)
            .Replace("\"矿山结构\"", "\"矿山\u001f结构\"", StringComparison.Ordinal) + "\n\u0002\n");
        var result = CliRunner.RunIn(temp.Path, "check", "plans/p", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plans/p/plan.mplan:4:13: error MP0010: the control character U+0001 cannot appear in plan text", result.Output, StringComparison.Ordinal);
        Assert.Contains("plans/p/plan.mplan:19:12: error MP0010: the control character U+001F", result.Output, StringComparison.Ordinal);
        Assert.Contains("plans/p/plan.mplan:44:1: error MP0010: the control character U+0002", result.Output, StringComparison.Ordinal);
        foreach (var format in new[] { "md", "html", "docx", "xlsx" })
        {
            var render = CliRunner.RunIn(temp.Path, "render", "plans/p", "--format", format, "-o", "out", "--force");
            Assert.Equal(0, render.ExitCode);
        }

        Assert.DoesNotContain("\u0001", File.ReadAllText(Path.Combine(temp.Path, "out/skeleton.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_keeps_plan_text_as_text_no_raw_HTML_or_javascript_links()
    {
        using var temp = new TempFolder();
        var skeleton = File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan"));
        temp.Write("plans/p/plan.mplan", skeleton.Replace("段: \"截止2020年底", "段: \"<script>alert(1)</script>[点此](javascript:alert(2)) <img src=x onerror=alert(3)> 截止2020年底", StringComparison.Ordinal));
        var result = CliRunner.RunIn(temp.Path, "render", "plans/p", "--format", "md", "-o", "out");
        Assert.Equal(0, result.ExitCode);
        var md = File.ReadAllText(Path.Combine(temp.Path, "out/skeleton.md"));
        Assert.Contains("&lt;script\\>alert(1)&lt;/script\\>\\[点此\\](javascript:alert(2)) &lt;img src=x onerror=alert(3)\\> 截止2020年底", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\]\(", md);
    }

    [DllImport("libc.so.6", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    /// <summary>Overwrites counts in an exported polygon shapefile (first record: content at byte 108; parts at +36, points at +40).</summary>
    private static void Damage(string stem, string damage)
    {
        var shp = File.ReadAllBytes(stem + ".shp");
        switch (damage)
        {
            case "points":
                BitConverter.GetBytes(int.MaxValue).CopyTo(shp, 148);
                break;
            case "parts":
                BitConverter.GetBytes(int.MaxValue).CopyTo(shp, 144);
                break;
            case "negative":
                BitConverter.GetBytes(-5).CopyTo(shp, 144);
                break;
            case "truncated":
                shp = shp[..(shp.Length / 2)];
                break;
            case "length":
                shp[104] = 0x7F;
                break;
            case "records":
                var dbf = File.ReadAllBytes(stem + ".dbf");
                BitConverter.GetBytes(uint.MaxValue).CopyTo(dbf, 4);
                File.WriteAllBytes(stem + ".dbf", dbf);
                break;
        }

        File.WriteAllBytes(stem + ".shp", shp);
    }
}
