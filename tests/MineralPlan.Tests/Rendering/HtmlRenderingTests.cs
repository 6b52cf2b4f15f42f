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

    [Fact]
    public void The_tieling_html_prints_with_a_cover_a_contents_linked_to_every_chapter_and_section_and_page_numbers()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/tieling", "--format", "html", "-o", temp.Path, "--force").ExitCode);
        var html = File.ReadAllText(Path.Combine(temp.Path, "tieling.html"));
        var links = System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"toc[12]\"><a href=\"#(h[0-9]+)\">([^<]+)</a></p>").ToList();
        var headings = System.Text.RegularExpressions.Regex.Matches(html, "<h[23] id=\"(h[0-9]+)\">([^<]+)</h[23]>").ToList();
        Assert.Equal(headings.Select(h => (h.Groups[1].Value, h.Groups[2].Value)), links.Select(l => (l.Groups[1].Value, l.Groups[2].Value)));
        Assert.Contains(links, l => l.Groups[2].Value == "第一章 现状与形势");
        Assert.Contains("@bottom-center { content: \"— \" counter(page) \" —\"", html, StringComparison.Ordinal);
        Assert.Contains("@page :first { @bottom-center { content: none; } }", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"front status\">（征求意见稿）</p>", html, StringComparison.Ordinal);
        Assert.Matches("<div class=\"foot\">\\s*<p class=\"front\">铁岭市人民政府</p>\\s*<p class=\"front\">二〇二三年一月</p>\\s*</div>", html);
        // A 附表 the plan only lists is its caption, not an empty table whose caption wraps a character per line.
        Assert.Contains("<p class=\"listed\">附表1 铁岭市国家规划矿区表</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr></tr>", html, StringComparison.Ordinal);
    }
}
