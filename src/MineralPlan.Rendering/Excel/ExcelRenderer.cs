using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MineralPlan.Rendering.ViewModel;
using Plan = MineralPlan.Semantics.Model.Plan;

namespace MineralPlan.Rendering.Excel;

/// <summary>
/// The plan's tables as an .xlsx workbook, one sheet per table named by its computed number (专栏一, 表1, 附表1),
/// laid out as the document prints them: a title row merged across the table, the header rows with the same
/// merged cells as the Word table, numbers stored as numbers with the decimals the plan wrote (units live in
/// the header), frozen and repeated-on-print header rows, columns as wide as their text.
/// A plan without tables gives a workbook whose single sheet "说明" says so (the caller warns).
/// </summary>
public static class ExcelRenderer
{
    public static byte[] Render(Plan plan) => Render(plan, out _);

    /// <param name="empty">True when the plan has no table with columns (the caller warns).</param>
    public static byte[] Render(Plan plan, out bool empty)
    {
        var tables = DocumentViewBuilder.Build(plan).Blocks.OfType<TableView>().Where(t => t.Grid.Columns > 0).ToList();
        empty = tables.Count == 0;
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = new ExcelStyles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var printTitles = new DefinedNames();
            uint id = 1;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var name = UniqueName(SheetName(table.Number.Length > 0 ? table.Number : table.Title), names);
                var headerRows = ExcelSheet.Write(part, table, styles);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
                printTitles.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$1:${1 + headerRows}") { Name = "_xlnm.Print_Titles", LocalSheetId = id - 1 });
                id++;
            }

            if (empty)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData(new Row(ExcelSheet.Text("A1", "规划中没有表格。", styles.Title)) { RowIndex = 1 }));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "说明" });
            }
            else
            {
                workbook.Workbook.Append(printTitles);
            }

            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Stylesheet();
        }

        return stream.ToArray();
    }

    // Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique regardless of case.
    private static string SheetName(string number) =>
        new string(number.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).Take(31).ToArray()) is { Length: > 0 } s ? s : "表";

    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = "(" + n.ToString(CultureInfo.InvariantCulture) + ")";
            candidate = name[..Math.Min(name.Length, 31 - suffix.Length)] + suffix;
        }

        return candidate;
    }
}
