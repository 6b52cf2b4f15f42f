using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>
/// Stable text dumps of .docx and .xlsx for golden files: what a reader gets (paragraph styles and texts, table
/// grids with merges, sections; sheets, cell types and values, merges, frozen rows), not package bytes.
/// </summary>
public static class OfficeDump
{
    public static string Word(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var text = new StringBuilder();
        foreach (var element in doc.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph p:
                    Paragraph(text, p);
                    break;
                case W.Table t:
                    Table(text, t);
                    break;
                case W.SectionProperties s:
                    Section(text, s);
                    break;
            }
        }

        return text.ToString();
    }

    private static void Paragraph(StringBuilder text, W.Paragraph p)
    {
        var properties = p.ParagraphProperties;
        var style = properties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        var flags = new List<string>();
        if (properties?.KeepNext is not null)
        {
            flags.Add("keep-next");
        }

        if (properties?.Justification?.Val?.InnerText is { } j)
        {
            flags.Add(j);
        }

        if (p.Descendants<W.FieldCode>().FirstOrDefault() is { } field)
        {
            flags.Add("field:" + field.Text.Trim());
        }

        if (p.Descendants<W.Drawing>().Any())
        {
            flags.Add("picture");
        }

        // Text runs only: a field's code is shown as a flag, not as text.
        var content = string.Concat(p.Descendants<W.Text>().Select(t => t.Text));
        if (content.Length > 0 || flags.Count > 0)
        {
            text.Append('[').Append(style).Append(flags.Count > 0 ? " " + string.Join(' ', flags) : string.Empty).Append("] ").AppendLine(content);
        }

        if (properties?.SectionProperties is { } section)
        {
            Section(text, section);
        }
    }

    private static void Table(StringBuilder text, W.Table t)
    {
        var columns = t.GetFirstChild<W.TableGrid>()?.Elements<W.GridColumn>().Count() ?? 0;
        text.Append("table ").Append(columns).AppendLine(" columns");
        foreach (var row in t.Elements<W.TableRow>())
        {
            var header = row.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null ? "h" : " ";
            text.Append("  ").Append(header).Append(" |");
            foreach (var cell in row.Elements<W.TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = cell.TableCellProperties?.VerticalMerge;
                var mark = merge is null ? string.Empty : merge.Val?.Value == W.MergedCellValues.Restart ? "↓" : "^";
                text.Append(' ').Append(mark).Append(cell.InnerText).Append(span > 1 ? $" (×{span})" : string.Empty).Append(" |");
            }

            text.AppendLine();
        }
    }

    private static void Section(StringBuilder text, W.SectionProperties s)
    {
        var numbering = s.GetFirstChild<W.PageNumberType>()?.Format?.InnerText ?? "none";
        var footer = s.Elements<W.FooterReference>().Any() ? "footer" : "no footer";
        var landscape = s.GetFirstChild<W.PageSize>()?.Orient?.Value == W.PageOrientationValues.Landscape ? ", landscape" : string.Empty;
        text.Append("--- section: ").Append(footer).Append(", numbers ").Append(numbering).AppendLine(landscape);
    }

    public static string Excel(string path)
    {
        using var book = SpreadsheetDocument.Open(path, false);
        var workbook = book.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable!.Elements<X.SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var text = new StringBuilder();
        foreach (var name in workbook.Workbook!.DefinedNames?.Elements<X.DefinedName>() ?? [])
        {
            text.Append("name ").Append(name.Name).Append(" = ").AppendLine(name.Text);
        }

        foreach (var sheet in workbook.Workbook.Sheets!.Elements<X.Sheet>())
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
            text.Append("sheet ").AppendLine(sheet.Name);
            if (worksheet.Descendants<X.Pane>().FirstOrDefault() is { } pane)
            {
                text.Append("  frozen at ").AppendLine(pane.TopLeftCell);
            }

            var merges = worksheet.Descendants<X.MergeCell>().Select(m => m.Reference!.Value).ToList();
            if (merges.Count > 0)
            {
                text.Append("  merged ").AppendLine(string.Join(' ', merges));
            }

            foreach (var cell in worksheet.Descendants<X.Cell>().Where(c => c.CellValue is not null || c.InlineString is not null))
            {
                var type = cell.DataType?.Value;
                var (kind, value) = type == X.CellValues.SharedString
                    ? ("s", shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)])
                    : type == X.CellValues.InlineString ? ("s", cell.InlineString!.InnerText)
                    : type == X.CellValues.String ? ("s", cell.CellValue!.Text)
                    : ("n", cell.CellValue!.Text);
                text.Append("  ").Append(cell.CellReference).Append(' ').Append(kind).Append(' ').AppendLine(value);
            }
        }

        return text.ToString();
    }
}
