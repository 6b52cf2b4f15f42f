using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

/// <summary>
/// Plans written in other house styles than Liaoning's: 条目式 numbering (一、 at the top), an untitled opening
/// (引言), the 印发通知 before the cover, and a 重建说明 a reader sees. plans/examples/city is written that way.
/// </summary>
public sealed class PlanStyleTests
{
    [Theory]
    [InlineData(null, 1, 11, "第十一章")]
    [InlineData("chapters", 2, 3, "第三节")]
    [InlineData("chapters", 3, 20, "二十、")]
    [InlineData("chapters", 4, 1, "（一）")]
    [InlineData("items", 1, 11, "十一、")]
    [InlineData("items", 2, 10, "（十）")]
    [InlineData("items", 3, 12, "12.")]
    [InlineData("items", 4, 2, "（2）")]
    public void Each_scheme_numbers_each_level_as_GB_T_9704_does(string? scheme, int depth, int n, string expected) =>
        Assert.Equal(expected, MineralPlan.Rendering.ViewModel.Numbering.Heading(scheme, depth, n));

    [Fact]
    public void The_item_scheme_city_renders_its_notice_first_its_opening_untitled_and_its_headings_numbered_from_yi()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/examples/city", "--format", "md", "-o", temp.Path, "--force").ExitCode);
        var md = File.ReadAllText(Path.Combine(temp.Path, "city.md"));
        var lines = md.Split('\n');

        Assert.Equal("**示范市人民政府关于印发示范市矿产资源总体规划（2021-2025年）的通知**", lines[0]);
        Assert.True(md.IndexOf("示政发〔2022〕7号", StringComparison.Ordinal) < md.IndexOf("# 示范市矿产资源总体规划", StringComparison.Ordinal));
        // The opening has no heading: its paragraph comes straight after the title, before 一、.
        var title = Array.IndexOf(lines, "# 示范市矿产资源总体规划（2021-2025年）");
        Assert.StartsWith("为统筹示范市矿产资源勘查", lines[title + 2], StringComparison.Ordinal);
        Assert.Contains("规划基期为2020年", lines[title + 2], StringComparison.Ordinal);
        Assert.Equal(
            ["## 一、规划背景", "### （一）资源概况", "## 二、勘查开发布局", "### （一）重点开采区", "### （二）规划区块",
             "#### 1.勘查规划区块", "##### （1）铜矿", "##### （2）钼矿", "#### 2.开采规划区块"],
            lines.Where(l => l.StartsWith('#') && !l.StartsWith("# ", StringComparison.Ordinal)));
        Assert.DoesNotContain("第一章", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_contents_skip_the_untitled_opening_and_the_notice_precedes_the_cover()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/examples/city", "--format", "html", "-o", temp.Path, "--force").ExitCode);
        var html = File.ReadAllText(Path.Combine(temp.Path, "city.html"));
        Assert.Contains("<body class=\"items\">", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("<div class=\"notice\">", StringComparison.Ordinal) < html.IndexOf("<div class=\"cover\">", StringComparison.Ordinal));
        Assert.Contains("<p class=\"docno\">示政发〔2022〕7号</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"sign first\">示范市人民政府</p>", html, StringComparison.Ordinal);
        var toc = System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"toc[12]\"><a href=\"#h[0-9]+\">([^<]+)</a></p>").Select(m => m.Groups[1].Value);
        Assert.Equal(["一、规划背景", "（一）资源概况", "二、勘查开发布局", "（一）重点开采区", "（二）规划区块"], toc);
    }

    [Fact]
    public void The_item_scheme_docx_has_the_notice_as_its_own_unnumbered_section_and_item_headings_flush_with_the_text()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/examples/city", "--format", "docx", "-o", temp.Path, "--force").ExitCode);
        using var doc = WordprocessingDocument.Open(Path.Combine(temp.Path, "city.docx"), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;

        Assert.Equal("示范市人民政府关于印发示范市矿产资源总体规划（2021-2025年）的通知", paragraphs[0].InnerText);
        var signed = paragraphs.Single(p => p.InnerText == "示范市人民政府");
        Assert.Equal(JustificationValues.Right, signed.ParagraphProperties!.Justification!.Val!.Value);
        // Notice, cover, contents, body: the notice's section carries no page number.
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(4, sections.Count);
        Assert.Empty(sections[0].Elements<FooterReference>());
        Assert.Empty(sections[1].Elements<FooterReference>());
        var cover = paragraphs.Single(p => Style(p) == "Title" && p.InnerText == "示范市矿产资源总体规划（2021-2025年）");
        Assert.True(paragraphs.IndexOf(cover) > paragraphs.IndexOf(signed));

        var top = paragraphs.Where(p => Style(p) == "Heading1").ToList();
        Assert.Equal(["一、规划背景", "二、勘查开发布局"], top.Select(p => p.InnerText));
        Assert.All(top, h =>
        {
            Assert.False(h.ParagraphProperties!.PageBreakBefore!.Val!.Value);
            Assert.Equal(JustificationValues.Left, h.ParagraphProperties.Justification!.Val!.Value);
        });
        Assert.Equal(["一、规划背景", "（一）资源概况", "二、勘查开发布局", "（一）重点开采区", "（二）规划区块"],
            paragraphs.Where(p => Style(p) is "TOC1" or "TOC2").Select(p => p.Descendants<Hyperlink>().Single().InnerText.Trim()));
    }

    [Fact]
    public void A_reconstruction_note_is_printed_on_the_cover_in_every_format()
    {
        using var temp = new TempFolder();
        foreach (var format in new[] { "md", "html", "docx" })
        {
            Assert.Equal(0, CliRunner.Run("render", "plans/liaoning", "--format", format, "-o", temp.Path, "--force").ExitCode);
        }

        Assert.Contains("> 说明：partial reconstruction: only facts stated by the seeds", File.ReadAllText(Path.Combine(temp.Path, "liaoning.md")), StringComparison.Ordinal);
        Assert.Contains("<p class=\"status-note\">说明：partial reconstruction", File.ReadAllText(Path.Combine(temp.Path, "liaoning.html")), StringComparison.Ordinal);
        using var doc = WordprocessingDocument.Open(Path.Combine(temp.Path, "liaoning.docx"), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var note = body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("说明：partial reconstruction", StringComparison.Ordinal));
        Assert.NotNull(note.ParagraphProperties!.ParagraphBorders);
        // On the cover: before the first section break.
        var firstBreak = body.Elements<Paragraph>().First(p => p.ParagraphProperties?.SectionProperties is not null);
        Assert.True(body.Elements<Paragraph>().ToList().IndexOf(note) < body.Elements<Paragraph>().ToList().IndexOf(firstBreak));
    }

    [Fact]
    public void A_second_notice_is_an_error_at_its_place()
    {
        var diagnostics = Compile.Diagnostics("印发通知 \"甲\" { 段: \"一\" }\n印发通知 \"乙\" { 段: \"二\" }\n");
        var repeated = Assert.Single(diagnostics, d => d.Code == "MP1020");
        Assert.Equal(Compile.Header.Split('\n').Length + 1, repeated.Span.Line);
    }

    [Fact]
    public void A_notice_paragraph_interpolates_and_an_unknown_reference_in_it_is_an_error()
    {
        var diagnostics = Compile.Diagnostics("印发通知 \"甲\" { 段: \"见{nothing}\" }\n");
        Assert.Contains(diagnostics, d => d.Code == "MP1005");
    }
}
