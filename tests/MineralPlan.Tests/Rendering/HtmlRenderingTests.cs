using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

public sealed class HtmlRenderingTests
{
    [Fact]
    public void The_skeleton_renders_to_its_golden_html()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("render", "plans/skeleton", "--format", "html", "-o", temp.Path);
        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(Path.Combine(temp.Path, "skeleton.html"));
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>专栏一 示例县规划主要指标</caption>", html, StringComparison.Ordinal);
        Baseline.Match(html, "render/skeleton.html");
    }

    [Fact]
    public void Plan_text_is_escaped()
    {
        using var temp = new TempFolder();
        temp.Write("p/plan.mplan", Compile.Header + "章 \"<b>标题</b>\" { 段: \"<script>alert(1)</script> & 其他\" }\n");
        var result = CliRunner.RunIn(temp.Path, "render", "p", "--format", "html", "-o", "out");
        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(Path.Combine(temp.Path, "out", "t.html"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 其他", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;标题&lt;/b&gt;", html, StringComparison.Ordinal);
    }
}
