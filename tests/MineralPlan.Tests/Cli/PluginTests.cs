using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>Parent plans loaded from plugins alone (McMaster.NETCore.Plugins), and every plugin failure as a diagnostic.</summary>
public sealed class PluginTests
{
    private const string County = """
        规划 county { 标题: "喀左县测试规划" 级别: 县级 行政区: "喀左县" 上级规划: chaoyang 基期: 2020 规划期: 2021..2025 展望: 2035 }
        数量 blocks { 类型: 勘查 总数: 16 个 按级别: [省级 = 3 个, 市级 = 13 个] }
        """;

    [Fact]
    public void Plugins_list_shows_each_plugin_with_its_version_and_plans()
    {
        var result = CliRunner.Run("plugins", "list", "--plugins", "artifacts/plugins");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Liaoning 2021.25.0  artifacts/plugins/Liaoning/Liaoning.dll  liaoning", result.Output, StringComparison.Ordinal);
        Assert.Contains("Chaoyang 2021.25.0", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_is_checked_against_city_and_province_from_plugins_alone()
    {
        using var temp = new TempFolder();
        temp.Write("ws/county/plan.mplan", County);
        var plugins = Repo.PathOf("artifacts/plugins");
        var result = CliRunner.RunIn(temp.Path, "check", "ws/county", "--plugins", plugins, "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        // The city allots 14 市级 blocks to 喀左县; the county declares 13: the finding names the plugin plan's line.
        Assert.Contains("error MP3009: 'chaoyang' allots 14个", result.Output, StringComparison.Ordinal);
        Assert.Contains("note: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("plans/chaoyang/", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP3001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_or_throwing_plugin_is_a_diagnostic_and_the_check_still_runs()
    {
        using var temp = new TempFolder();
        temp.Write("ws/county/plan.mplan", County);
        temp.Write("plugins/Broken/Broken.dll", "this is not an assembly");
        CopyFolder(Repo.PathOf("artifacts/test-plugins/ThrowingPlugin"), Path.Combine(temp.Path, "plugins/ThrowingPlugin"));
        CopyFolder(Repo.PathOf("artifacts/plugins/Chaoyang"), Path.Combine(temp.Path, "plugins/Chaoyang"));
        CopyFolder(Repo.PathOf("artifacts/plugins/Liaoning"), Path.Combine(temp.Path, "plugins/Liaoning"));
        var result = CliRunner.RunIn(temp.Path, "check", "ws/county", "--plugins", "plugins", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error MP5003: the plugin 'Broken' cannot be loaded", result.Output, StringComparison.Ordinal);
        Assert.Contains("error MP5004: the plugin 'ThrowingPlugin' failed while providing its plans: deliberate failure", result.Output, StringComparison.Ordinal);
        Assert.Contains("MP3009", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exit", "ended the process (exit code 0)")]
    [InlineData("overflow", "overflowed the stack")]
    [InlineData("forge", "ended the process (exit code 0)")]
    public void A_plugin_that_ends_or_crashes_the_process_is_a_diagnostic_and_the_check_still_runs(string behaviour, string cause)
    {
        using var temp = new TempFolder();
        temp.Write("ws/county/plan.mplan", County);
        CopyFolder(Repo.PathOf("artifacts/test-plugins/HostilePlugin"), Path.Combine(temp.Path, "plugins/HostilePlugin"));
        temp.Write("plugins/HostilePlugin/behaviour.txt", behaviour);
        CopyFolder(Repo.PathOf("artifacts/plugins/Chaoyang"), Path.Combine(temp.Path, "plugins/Chaoyang"));
        CopyFolder(Repo.PathOf("artifacts/plugins/Liaoning"), Path.Combine(temp.Path, "plugins/Liaoning"));
        var result = CliRunner.RunIn(temp.Path, "check", "ws/county", "--plugins", "plugins", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"plugins/HostilePlugin/HostilePlugin.dll:1:1: error MP5011: the plugin 'HostilePlugin' {cause}", result.Output, StringComparison.Ordinal);
        // The plugins after it in name order loaded: the county is checked against chaoyang and liaoning.
        Assert.Contains("MP3009", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP3001", result.Output, StringComparison.Ordinal);
        // A line the plugin wrote to stdout itself (a forged "done" and finding) is not taken for the worker's.
        Assert.DoesNotContain("forged", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_that_prints_to_the_console_still_loads_beside_the_others()
    {
        using var temp = new TempFolder();
        CopyFolder(Repo.PathOf("artifacts/test-plugins/HostilePlugin"), Path.Combine(temp.Path, "plugins/HostilePlugin"));
        temp.Write("plugins/HostilePlugin/behaviour.txt", "print");
        CopyFolder(Repo.PathOf("artifacts/plugins/Chaoyang"), Path.Combine(temp.Path, "plugins/Chaoyang"));
        var result = CliRunner.RunIn(temp.Path, "plugins", "list", "--plugins", "plugins", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Hostile 0.0.1", result.Output, StringComparison.Ordinal);
        Assert.Contains("Chaoyang 2021.25.0", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plugins_list_on_a_fresh_clone_says_how_to_build_them()
    {
        using var temp = new TempFolder();
        var result = CliRunner.RunIn(temp.Path, "plugins", "list", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no plugins found: artifacts/plugins does not exist yet", result.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet build plugins/Liaoning", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_plugins_folder_is_bad_input()
    {
        var result = CliRunner.Run("check", "plans/skeleton", "--plugins", "no/such/folder", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MP5002", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_without_a_plugin_class_is_skipped_with_MP5005()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "plugins/Empty"));
        File.Copy(typeof(MineralPlan.Checking.IRule).Assembly.Location, Path.Combine(temp.Path, "plugins/Empty/Empty.dll"));
        var result = CliRunner.RunIn(temp.Path, "plugins", "list", "--plugins", "plugins", "--lang", "en");
        Assert.Contains("warning MP5005", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}

/// <summary>A plugin's template pack: a province's house style, chosen by name with render --templates.</summary>
public sealed class TemplatePackTests
{
    [Fact]
    public void Plugins_list_shows_the_liaoning_template_pack()
    {
        var result = CliRunner.Run("plugins", "list", "--plugins", "artifacts/plugins");
        Assert.Contains("  模板包 liaoning: plan.html.scriban  — 辽宁省版式", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_with_a_pack_name_uses_the_plugins_templates_and_the_built_in_ones_for_the_rest()
    {
        using var temp = new TempFolder();
        var html = CliRunner.Run("render", "plans/kazuo", "--format", "html", "-o", temp.Path, "--force", "--templates", "liaoning", "--plugins", "artifacts/plugins");
        Assert.Equal(0, html.ExitCode);
        var text = File.ReadAllText(Path.Combine(temp.Path, "kazuo.html"));
        Assert.Contains("<section class=\"cover\">", text, StringComparison.Ordinal);
        Assert.Contains("<p class=\"sub\"><a href=\"#h", text, StringComparison.Ordinal);
        Assert.Contains(">第一节 经济社会发展概况</h3>", text, StringComparison.Ordinal);
        Assert.Contains("<td rowspan=\"5\">矿产资源勘查</td>", text, StringComparison.Ordinal);

        // The pack has no Markdown template: Markdown comes out as without the pack.
        Assert.Equal(0, CliRunner.Run("render", "plans/kazuo", "--format", "md", "-o", temp.Path, "--force", "--templates", "liaoning", "--plugins", "artifacts/plugins").ExitCode);
        Assert.Equal(0, CliRunner.Run("render", "plans/kazuo", "--format", "md", "-o", Path.Combine(temp.Path, "plain"), "--force").ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(temp.Path, "plain", "kazuo.md")), File.ReadAllText(Path.Combine(temp.Path, "kazuo.md")));
    }

    [Fact]
    public void An_unknown_pack_is_bad_usage_and_names_the_packs_there_are()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("render", "plans/kazuo", "--format", "html", "-o", temp.Path, "--force", "--templates", "hebei", "--plugins", "artifacts/plugins", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--templates 'hebei' is neither a folder nor a plugin's template pack (packs: liaoning)", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "kazuo.html")));
    }
}
