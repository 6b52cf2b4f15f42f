using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MineralPlan.Rendering.ViewModel;

namespace MineralPlan.Rendering.Excel;

/// <summary>One table on one worksheet, its elements in the order the SpreadsheetML schema requires.</summary>
internal static class ExcelSheet
{
    /// <summary>Writes the sheet; returns the number of header rows (below the title row) to freeze and repeat.</summary>
    public static int Write(WorksheetPart part, TableView table, ExcelStyles styles)
    {
        var grid = table.Grid;
        var columns = grid.Columns;
        var data = new SheetData();
        var merges = new List<string>();
        var widths = new double[columns];

        data.Append(new Row(Text(Ref(0, 0), table.Caption, styles.Title)) { RowIndex = 1 });
        if (columns > 1)
        {
            merges.Add($"{Ref(0, 0)}:{Ref(0, columns - 1)}");
        }

        var row = 1;
        foreach (var (rows, header) in new[] { (grid.HeaderRows, true), (grid.BodyRows, false) })
        {
            var slots = GridLayout.Place(rows, columns);
            for (var r = 0; r < rows.Length; r++, row++)
            {
                var line = new Row { RowIndex = (uint)(row + 1) };
                for (var c = 0; c < columns; c++)
                {
                    var slot = slots[r, c];
                    // The cell starts here (its top-left position); other positions of a merged area are blank.
                    var cell = slot is not null && slot.Row == r && slot.Column == c ? slot.Cell : null;
                    var first = cell is not null;
                    var text = cell?.Text ?? string.Empty;
                    // Every position of a merged area gets a bordered cell, so the merge draws its frame.
                    line.Append(header || !first ? Text(Ref(row, c), text, header ? styles.Header : styles.Body) : Value(Ref(row, c), text, styles));
                    if (cell is { } merged && (merged.RowSpan > 1 || merged.ColSpan > 1))
                    {
                        merges.Add($"{Ref(row, c)}:{Ref(row + merged.RowSpan - 1, c + merged.ColSpan - 1)}");
                    }

                    if (cell is { ColSpan: 1 })
                    {
                        widths[c] = Math.Max(widths[c], TextWidth.Of(text));
                    }
                }

                data.Append(line);
            }
        }

        foreach (var note in table.Notes)
        {
            data.Append(new Row(Text(Ref(row, 0), note, styles.Note)) { RowIndex = (uint)(row + 1) });
            if (columns > 1)
            {
                merges.Add($"{Ref(row, 0)}:{Ref(row, columns - 1)}");
            }

            row++;
        }

        var headerRows = grid.HeaderRows.Length;
        var worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1 + headerRows,
                TopLeftCell = Ref(1 + headerRows, 0),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new Columns(widths.Select((w, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = Math.Clamp(w + 2, 6, 60),
                CustomWidth = true,
            })),
            data);
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }

        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = columns > 6 ? OrientationValues.Landscape : OrientationValues.Portrait });
        part.Worksheet = worksheet;
        return headerRows;
    }

    public static Cell Text(string reference, string text, uint style) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = style };

    /// <summary>A plain decimal as the plan wrote it ("0.1600", "26", "-3.5") becomes a number shown with its decimals; anything else ("≤30", "约束性") stays text.</summary>
    private static Cell Value(string reference, string text, ExcelStyles styles)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed.Length <= 20 && trimmed.All(ch => char.IsAsciiDigit(ch) || ch is '.' or '-')
            && decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
            var decimals = dot < 0 ? 0 : trimmed.Length - dot - 1;
            return new Cell
            {
                CellReference = reference,
                DataType = CellValues.Number,
                CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
                StyleIndex = styles.Number(decimals),
            };
        }

        return Text(reference, text, styles.Body);
    }

    private static string Ref(int row, int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name + (row + 1).ToString(CultureInfo.InvariantCulture);
    }
}
