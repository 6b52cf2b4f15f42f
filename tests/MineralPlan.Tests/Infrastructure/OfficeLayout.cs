using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>
/// The look of a .docx or .xlsx as text, for golden files beside <see cref="OfficeDump"/> (which has the words): the
/// style sheet (fonts, sizes, spacing, indents, borders), page set-up, footers, and each distinct set of direct
/// formatting (paragraph, run, table, row, cell, drawing) with how often it occurs. A changed point size, margin or
/// border shows up as a diff to review.
/// </summary>
public static class OfficeLayout
{
    // An element's XML on its own repeats the namespace declarations of the part: noise in a list of formats.
    private static readonly System.Text.RegularExpressions.Regex RelationshipId = new("\\bR[0-9a-f]{16}\\b");

    private static readonly System.Text.RegularExpressions.Regex Declarations = new(" xmlns(:\\w+)?=\"[^\"]*\"");

    public static string Word(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var main = doc.MainDocumentPart ?? throw new InvalidDataException("no main document part");
        var body = main.Document?.Body ?? throw new InvalidDataException("no body");
        var text = new StringBuilder();
        Part(text, "styles", main.StyleDefinitionsPart?.Styles);
        Part(text, "numbering", main.NumberingDefinitionsPart?.Numbering);
        Part(text, "settings", main.DocumentSettingsPart?.Settings);
        foreach (var footer in main.FooterParts)
        {
            Part(text, "footer", footer.Footer);
        }

        foreach (var header in main.HeaderParts)
        {
            Part(text, "header", header.Header);
        }

        Distinct(text, "sections", body.Descendants<W.SectionProperties>());
        Distinct(text, "paragraph properties", body.Descendants<W.ParagraphProperties>().Select(WithoutSection));
        Distinct(text, "run properties", body.Descendants<W.RunProperties>());
        Distinct(text, "table properties", body.Descendants<W.TableProperties>());
        Distinct(text, "table grids", body.Descendants<W.TableGrid>());
        Distinct(text, "row properties", body.Descendants<W.TableRowProperties>());
        Distinct(text, "cell properties", body.Descendants<W.TableCellProperties>());
        Distinct(text, "fields", body.Descendants<W.FieldCode>());
        Distinct(text, "drawings", body.Descendants<W.Drawing>());
        text.Append("== images").AppendLine();
        foreach (var image in main.ImageParts)
        {
            text.Append("  ").AppendLine(image.ContentType);
        }

        return Numbered(text.ToString());
    }

    public static string Excel(string path)
    {
        using var book = SpreadsheetDocument.Open(path, false);
        var workbook = book.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var text = new StringBuilder();
        Part(text, "workbook", workbook.Workbook);
        Part(text, "styles", workbook.WorkbookStylesPart?.Stylesheet);
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<X.Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part || part.Worksheet is not { } worksheet)
            {
                continue;
            }

            // The sheet's set-up without its cells (their values are in OfficeDump), then each row's and cell's formatting.
            var frame = (X.Worksheet)worksheet.CloneNode(true);
            frame.RemoveAllChildren<X.SheetData>();
            Part(text, "sheet " + sheet.Name, frame);
            foreach (var row in worksheet.Descendants<X.Row>())
            {
                text.Append("  row ").Append(row.RowIndex?.Value).Append(row.Height is { } h ? $" ht={h.Value}" : string.Empty).Append(':');
                foreach (var cell in row.Elements<X.Cell>())
                {
                    text.Append(' ').Append(cell.CellReference?.Value).Append("=s").Append(cell.StyleIndex?.Value ?? 0);
                }

                text.AppendLine();
            }
        }

        return Numbered(text.ToString());
    }

    // The SDK names relationships with random ids (R and 16 hex digits): numbered in order of appearance they are stable.
    private static string Numbered(string text)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return RelationshipId.Replace(text, m => "rel" + (seen.TryGetValue(m.Value, out var n) ? n : seen[m.Value] = seen.Count + 1));
    }

    private static void Part(StringBuilder text, string title, OpenXmlElement? root)
    {
        text.Append("== ").AppendLine(title);
        text.AppendLine(root is null ? "(none)" : XElement.Parse(root.OuterXml).ToString());
    }

    private static OpenXmlElement WithoutSection(W.ParagraphProperties properties)
    {
        // A section break rides in a paragraph's properties; sections are listed on their own.
        var copy = (W.ParagraphProperties)properties.CloneNode(true);
        copy.RemoveAllChildren<W.SectionProperties>();
        return copy;
    }

    private static void Distinct(StringBuilder text, string title, IEnumerable<OpenXmlElement> elements)
    {
        text.Append("== ").AppendLine(title);
        foreach (var group in elements.Select(e => Declarations.Replace(e.OuterXml, string.Empty)).GroupBy(x => x, StringComparer.Ordinal))
        {
            text.Append("  ").Append(group.Count()).Append("× ").AppendLine(group.Key);
        }
    }
}
