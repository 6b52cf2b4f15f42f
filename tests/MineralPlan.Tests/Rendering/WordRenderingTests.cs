using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

/// <summary>The .docx, opened back with OpenXml as Word would read it.</summary>
public sealed class WordRenderingTests
{
    [Fact]
    public void The_kazuo_docx_has_heading_styles_tables_a_toc_and_page_numbers()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/kazuo", "--format", "docx", "-o", temp.Path, "--force").ExitCode);
        Assert.Equal(0, CliRunner.Run("render", "plans/kazuo", "--format", "md", "-o", temp.Path, "--force").ExitCode);
        using var doc = WordprocessingDocument.Open(Path.Combine(temp.Path, "kazuo.docx"), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;

        Assert.Equal("喀左县矿产资源规划（2021～2025年）", paragraphs.First(p => Style(p) == "Title").InnerText);
        Assert.Equal(["总则", "第一章 现状与形势", "第二章 指导思想和原则", "第三章 规划目标"],
            paragraphs.Where(p => Style(p) == "Heading1").Take(4).Select(p => p.InnerText));

        // A real table of contents: the TOC field's cached result lists every chapter and section, each a link
        // to its heading's bookmark, and Word updates the page numbers on opening.
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        var toc = paragraphs.Where(p => Style(p) is "TOC1" or "TOC2").ToList();
        Assert.Equal(paragraphs.Count(p => Style(p) is "Heading1" or "Heading2"), toc.Count);
        Assert.Equal("第一章 现状与形势", toc[1].Descendants<Hyperlink>().Single().InnerText.Trim());
        var anchor = toc[1].Descendants<Hyperlink>().Single().Anchor!.Value;
        Assert.Contains(body.Descendants<BookmarkStart>(), b => b.Name == anchor && b.Parent!.InnerText == "第一章 现状与形势");
        Assert.True(doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);

        // Cover without a page number, then "— n —" from 1 in the body.
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(3, sections.Count);
        Assert.Empty(sections[0].Elements<FooterReference>());
        Assert.Equal(NumberFormatValues.UpperRoman, sections[1].GetFirstChild<PageNumberType>()!.Format!.Value);
        Assert.Equal(1, sections[2].GetFirstChild<PageNumberType>()!.Start!.Value);
        var footer = doc.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Equal("— 1 —", footer.InnerText);
        Assert.Equal(" PAGE ", footer.Descendants<SimpleField>().Single().Instruction!.Value);

        var tables = body.Elements<Table>().ToList();
        Assert.Equal(5, tables.Count);
        // Captions stay with their tables, rows do not split, header rows repeat, columns follow their text.
        Assert.All(tables, t => Assert.NotNull(((Paragraph)t.PreviousSibling()!).ParagraphProperties!.KeepNext));
        Assert.All(tables.SelectMany(t => t.Elements<TableRow>()), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.NotNull(tables[0].Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        var widths = tables[0].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(widths.Max() > widths.Min() * 1.5, string.Join(",", widths));
        var zl4 = tables[4];
        Assert.Equal(7, zl4.Elements<TableRow>().Count());
        Assert.Equal("0.1600", zl4.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ElementAt(3).InnerText);

        // Every body paragraph of the Markdown is a Normal paragraph of the docx, in the same order.
        var markdown = MarkdownVisible.Of(File.ReadAllText(Path.Combine(temp.Path, "kazuo.md"))).Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('|') && !l.StartsWith('<') && !l.StartsWith("**", StringComparison.Ordinal) && !l.StartsWith("注：", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(markdown, paragraphs.Where(p => Style(p) == "Normal").Select(p => p.InnerText));
    }
}

/// <summary>The .xlsx: one sheet per table, named by its computed number.</summary>
public sealed class ExcelRenderingTests
{
    [Fact]
    public void The_tieling_workbook_has_a_sheet_per_table_with_its_cells()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/tieling", "--format", "xlsx", "-o", temp.Path, "--force").ExitCode);
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Path.Combine(temp.Path, "tieling.xlsx"), false);
        var workbook = doc.WorkbookPart!;
        var sheets = workbook.Workbook!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        // The 附表 the plan lists without content are no sheets (the document shows them as a list of captions).
        Assert.Equal(["专栏一", "专栏二", "专栏三", "专栏四", "专栏五"], sheets.Select(s => s.Name!.Value));
        var zl5 = (DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheets[4].Id!.Value!);
        var rows = zl5.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(r => r.InnerText).ToList();
        Assert.Equal("专栏五 铁岭市砂石土矿集中开采区划分表", rows[0]);
        Assert.Equal("序号行政区集中开采区数量", rows[1]);
        Assert.Equal("合计29", rows[^1]);
        var total = zl5.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Last();
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, total.DataType!.Value);
        Assert.Equal("29", total.CellValue!.Text);
    }

    [Fact]
    public void The_kazuo_indicator_sheet_merges_as_the_Word_table_freezes_its_header_and_keeps_decimals()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/kazuo", "--format", "xlsx", "-o", temp.Path, "--force").ExitCode);
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Path.Combine(temp.Path, "kazuo.xlsx"), false);
        var workbook = doc.WorkbookPart!;
        var sheets = workbook.Workbook!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal("专栏一", sheets[1].Name!.Value);
        var zl1 = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheets[1].Id!.Value!)).Worksheet!;
        var merges = zl1.Descendants<DocumentFormat.OpenXml.Spreadsheet.MergeCell>().Select(m => m.Reference!.Value!).ToList();
        Assert.Contains("A1:F1", merges);                     // the title across the table
        Assert.Contains("B2:C2", merges);                     // 指标名称 over two columns, as in Word and the seed
        Assert.Contains(merges, m => m.StartsWith("A3:A", StringComparison.Ordinal)); // 类别 merged down
        var pane = zl1.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.Equal(2, pane.VerticalSplit!.Value);
        Assert.Contains(workbook.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.DefinedName>(), d => d.Name == "_xlnm.Print_Titles" && d.Text == "'专栏一'!$1:$2");
        Assert.True(zl1.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().First().Width!.Value > 6);

        var zl4 = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheets[4].Id!.Value!)).Worksheet!;
        var share = zl4.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().First(c => c.CellValue?.Text == "0.1600");
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, share.DataType!.Value);
        var format = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt((int)share.StyleIndex!.Value);
        var code = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value);
        Assert.Equal("0.0000", code.FormatCode!.Value);       // shown as the plan wrote it: 0.1600
    }

    [Fact]
    public void A_plan_without_tables_warns_and_gets_a_note_sheet()
    {
        using var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", Compile.Header);
        var result = CliRunner.RunIn(temp.Path, "render", "plans/p", "--format", "xlsx", "-o", "out", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: the plan has no tables", result.Error, StringComparison.Ordinal);
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Directory.GetFiles(Path.Combine(temp.Path, "out"), "*.xlsx").Single(), false);
        Assert.Equal(["说明"], doc.WorkbookPart!.Workbook!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
    }
}
