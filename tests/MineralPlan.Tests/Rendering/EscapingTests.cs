using DocumentFormat.OpenXml.Packaging;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

/// <summary>
/// Plan text that looks like markup stays text wherever it reaches output: table cells, captions, notes and
/// figure titles, in HTML (entities), Markdown (escapes; `|` inside a pipe-table cell), Word and Excel (the
/// same characters back, XML-escaped by the writer).
/// </summary>
public sealed class EscapingTests
{
    private const string Cell = "<i>甲</i>|乙 & 丙";
    private const string Caption = "<b>表题</b>";
    private const string Note = "注：<script>x()</script>";
    private const string FigureTitle = "<svg onload=x()>图</svg>";

    private static string Plan => Compile.Header.Replace("规划 t", "规划 e", StringComparison.Ordinal) + $$"""
        表格 t1 "{{Caption}}" {
            列: ["名称", "说明"]
            行: ["{{Cell}}", "一"]
            备注: "{{Note}}"
        }
        附图 f1 "{{FigureTitle}}" { }
        章 "布局" {
            插入: t1
            插入: f1
        }
        """;

    private static string Render(TempFolder temp, string format)
    {
        temp.Write("e/plan.mplan", Plan);
        var result = CliRunner.RunIn(temp.Path, "render", "e", "--format", format, "-o", "out", "--force");
        Assert.True(result.ExitCode == 0, result.All);
        return Path.Combine(temp.Path, "out", "e." + format);
    }

    [Fact]
    public void Html_escapes_cells_captions_notes_and_figure_titles()
    {
        using var temp = new TempFolder();
        var html = File.ReadAllText(Render(temp, "html"));
        Assert.Contains("&lt;i&gt;甲&lt;/i&gt;|乙 &amp; 丙", html, StringComparison.Ordinal);
        Assert.Contains("<caption>表1 &lt;b&gt;表题&lt;/b&gt;</caption>", html, StringComparison.Ordinal);
        Assert.Contains("注：&lt;script&gt;x()&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("附图1 &lt;svg onload=x()&gt;图&lt;/svg&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_markup_and_the_pipe_inside_a_table_cell()
    {
        using var temp = new TempFolder();
        var md = File.ReadAllText(Render(temp, "md"));
        Assert.Contains("| &lt;i\\>甲&lt;/i\\>\\|乙 &amp; 丙 | 一 |", md, StringComparison.Ordinal);
        Assert.Contains("**表1 &lt;b\\>表题&lt;/b\\>**", md, StringComparison.Ordinal);
        Assert.Contains("注：&lt;script\\>x()&lt;/script\\>", md, StringComparison.Ordinal);
        Assert.Contains("附图1 &lt;svg onload=x()\\>图&lt;/svg\\>", md, StringComparison.Ordinal);
        // The row keeps its two cells: the escaped pipe does not split it.
        var row = md.Split('\n').Single(l => l.Contains("甲", StringComparison.Ordinal));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(row, @"(?<!\\)\|").Count);
    }

    [Fact]
    public void Word_and_Excel_carry_the_same_characters_as_text()
    {
        using var temp = new TempFolder();
        using (var doc = WordprocessingDocument.Open(Render(temp, "docx"), false))
        {
            var texts = doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Contains(Cell, texts);
            Assert.Contains("表1 " + Caption, texts);
            Assert.Contains(Note, texts);
            Assert.Contains("附图1 " + FigureTitle, texts);
        }

        using var book = SpreadsheetDocument.Open(Render(temp, "xlsx"), false);
        var strings = book.WorkbookPart!.WorksheetParts
            .SelectMany(w => w.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            .Select(c => c.InnerText)
            .Concat(book.WorkbookPart.SharedStringTablePart?.SharedStringTable!.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().Select(s => s.InnerText) ?? [])
            .ToList();
        Assert.Contains(Cell, strings);
        Assert.Contains(strings, s => s.Contains(Caption, StringComparison.Ordinal));
    }
}
