using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Rendering.ViewModel;
using Grid = MineralPlan.Rendering.ViewModel.TableGrid;

namespace MineralPlan.Rendering.Word;

/// <summary>
/// A <see cref="Grid"/> as a real Word table: column spans become gridSpan, row spans vMerge (the
/// first cell restarts the merge, each covered row gets an empty continuing cell, which is how Word
/// itself stores a vertically merged cell).
/// </summary>
internal static class WordTable
{
    public static Table Create(Grid grid, Func<string, bool, Paragraph> paragraph)
    {
        var border = new Func<OpenXmlElement>[]
        {
            () => new TopBorder { Val = BorderValues.Single, Size = 4 },
            () => new BottomBorder { Val = BorderValues.Single, Size = 4 },
            () => new LeftBorder { Val = BorderValues.Single, Size = 4 },
            () => new RightBorder { Val = BorderValues.Single, Size = 4 },
            () => new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            () => new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        };
        var properties = new TableProperties(
            new TableBorders(border.Select(b => b())),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableJustification { Val = TableRowAlignmentValues.Center });
        var table = new Table(properties);
        // A4 text width with the margins of WordRenderer is about 8845 twips, shared by the columns in
        // proportion to their longest text (a 名称 column gets room, a 规模 column stays narrow).
        table.Append(new DocumentFormat.OpenXml.Wordprocessing.TableGrid(ColumnWidths(grid, 8845).Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        foreach (var row in Rows(grid.HeaderRows, grid.Columns, header: true, paragraph).Concat(Rows(grid.BodyRows, grid.Columns, header: false, paragraph)))
        {
            table.Append(row);
        }

        return table;
    }

    private static IEnumerable<TableRow> Rows(System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<CellView>> rows, int columns, bool header, Func<string, bool, Paragraph> paragraph)
    {
        var slots = GridLayout.Place(rows, columns);
        for (var r = 0; r < rows.Length; r++)
        {
            // Rows never split across pages; header rows repeat on every page the table spans.
            var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));

            for (var c = 0; c < columns; c++)
            {
                if (slots[r, c] is not { } slot || slot.Column != c)
                {
                    continue; // covered by a cell to the left, or an empty position of a short row
                }

                var properties = new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                if (slot.Cell.ColSpan > 1)
                {
                    properties.Append(new GridSpan { Val = slot.Cell.ColSpan });
                }

                var first = slot.Row == r;
                if (slot.Cell.RowSpan > 1)
                {
                    properties.Append(first ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
                }

                row.Append(new TableCell(properties, paragraph(first ? slot.Cell.Text : string.Empty, header)));
            }

            yield return row;
        }
    }

    /// <summary>
    /// Widths in twips from the columns' texts, in half-character units (a CJK character is two; table text is
    /// 12 pt, so one unit is 120 twips): a short text (a number, 预期性) must fit on one line, so its column gets
    /// at least that; the rest of the width goes to the columns whose longest text would wrap, in proportion.
    /// </summary>
    internal static int[] ColumnWidths(Grid grid, int total)
    {
        const int Unit = 120;
        const double Padding = 2;
        const double Short = 12;
        var minimum = new double[grid.Columns];
        var longest = new double[grid.Columns];
        foreach (var rows in new[] { grid.HeaderRows, grid.BodyRows })
        {
            foreach (var slot in GridLayout.Place(rows, grid.Columns))
            {
                if (slot is { Cell.ColSpan: 1 } s)
                {
                    var length = TextWidth.Of(s.Cell.Text) + Padding;
                    longest[s.Column] = Math.Max(longest[s.Column], length);
                    minimum[s.Column] = Math.Max(minimum[s.Column], Math.Min(length, Short + Padding));
                }
            }
        }

        var units = (double)total / Unit;
        minimum = [.. minimum.Select(m => Math.Max(m, 4))];
        if (minimum.Sum() >= units)
        {
            return [.. minimum.Select(m => (int)(total * m / minimum.Sum()))];
        }

        var room = units - minimum.Sum();
        var wants = longest.Select((l, c) => Math.Max(0, l - minimum[c])).ToArray();
        var wanted = wants.Sum();
        return [.. minimum.Select((m, c) => (int)((m + (wanted > 0 ? room * wants[c] / wanted : room / grid.Columns)) * Unit))];
    }
}
