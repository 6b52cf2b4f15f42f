using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MineralPlan.Rendering.ViewModel;
using Plan = MineralPlan.Semantics.Model.Plan;

namespace MineralPlan.Rendering.Excel;

/// <summary>The plan's tables as an .xlsx workbook: one sheet per table, named by its computed number (专栏一, 表1, 附表1).</summary>
public static class ExcelRenderer
{
    public static byte[] Render(Plan plan)
    {
        var tables = DocumentViewBuilder.Build(plan).Blocks.OfType<TableView>().ToList();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, [table.Caption], bold: true));
                data.Append(Row(2, table.Header, bold: true));
                uint r = 3;
                foreach (var row in table.Rows)
                {
                    data.Append(Row(r++, row, bold: false));
                }

                foreach (var note in table.Notes)
                {
                    data.Append(Row(r++, [note], bold: false));
                }

                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Number) });
            }

            if (tables.Count == 0)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData());
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "无表格" });
            }
        }

        return stream.ToArray();
    }

    // Excel sheet names: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string number) =>
        new string(number.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).Take(31).ToArray());

    private static Row Row(uint index, IEnumerable<string> cells, bool bold)
    {
        var row = new Row { RowIndex = index };
        foreach (var text in cells)
        {
            var cell = new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
            if (bold)
            {
                cell.StyleIndex = 1;
            }

            row.Append(cell);
        }

        return row;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
