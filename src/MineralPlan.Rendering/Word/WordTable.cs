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
        var table = new Table(new TableProperties(
            new TableBorders(border.Select(b => b())),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableJustification { Val = TableRowAlignmentValues.Center }));
        // A4 text width with the margins of WordRenderer is about 8845 twips; equal columns to start with.
        var columnWidth = (8845 / Math.Max(1, grid.Columns)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        table.Append(new DocumentFormat.OpenXml.Wordprocessing.TableGrid(Enumerable.Range(0, grid.Columns).Select(_ => new GridColumn { Width = columnWidth })));
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
            var row = new TableRow();
            if (header)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

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
}
