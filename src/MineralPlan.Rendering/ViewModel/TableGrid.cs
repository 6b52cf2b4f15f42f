using System.Collections.Immutable;

namespace MineralPlan.Rendering.ViewModel;

/// <summary>One cell as the document shows it; a cell that spans covers the positions right of and below it.</summary>
public sealed record CellView(string Text, int RowSpan, int ColSpan);

/// <summary>
/// A table laid out as the plan prints it: header rows and body rows of cells with row and column spans
/// (HTML's model: a covered position has no cell of its own). Plain tables have no spans; 专栏一 groups
/// its rows by category and indicator, as the seeds do.
/// </summary>
public sealed record TableGrid(int Columns, ImmutableArray<ImmutableArray<CellView>> HeaderRows, ImmutableArray<ImmutableArray<CellView>> BodyRows)
{
    public bool HasMerges => HeaderRows.Concat(BodyRows).Any(r => r.Any(c => c.RowSpan > 1 || c.ColSpan > 1));

    public static TableGrid Plain(ImmutableArray<string> header, ImmutableArray<ImmutableArray<string>> rows) =>
        new(header.Length, [[.. header.Select(h => new CellView(h, 1, 1))]], [.. rows.Select(r => r.Select(c => new CellView(c, 1, 1)).ToImmutableArray())]);

    /// <summary>Builds the cells from full matrices of <see cref="GridSlot"/> (one per position).</summary>
    public static TableGrid FromSlots(IReadOnlyList<GridSlot[]> header, IReadOnlyList<GridSlot[]> body)
    {
        // A column in which no cell begins (指标名称 spanning two columns in a table without indicator groups)
        // is dropped: HTML's table model forbids it (the Nu checker: "column established by th has no cells
        // beginning in it"), and it only narrows the spans around it.
        var width = header.Concat(body).Select(r => r.Length).DefaultIfEmpty(0).Max();
        var kept = Enumerable.Range(0, width).Where(c => header.Concat(body).Any(r => c < r.Length && r[c].Kind == SlotKind.Cell)).ToList();
        GridSlot[] Keep(GridSlot[] row) => [.. kept.Where(c => c < row.Length).Select(c => row[c])];
        var (h, b) = (header.Select(Keep).ToList(), body.Select(Keep).ToList());
        return new TableGrid(kept.Count, Cells(h), Cells(b));
    }

    private static ImmutableArray<ImmutableArray<CellView>> Cells(IReadOnlyList<GridSlot[]> slots)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<CellView>>();
        for (var r = 0; r < slots.Count; r++)
        {
            var row = ImmutableArray.CreateBuilder<CellView>();
            for (var c = 0; c < slots[r].Length; c++)
            {
                if (slots[r][c].Text is not { } text)
                {
                    continue;
                }

                var colSpan = 1;
                while (c + colSpan < slots[r].Length && slots[r][c + colSpan].Kind == SlotKind.JoinLeft)
                {
                    colSpan++;
                }

                var rowSpan = 1;
                while (r + rowSpan < slots.Count && c < slots[r + rowSpan].Length && slots[r + rowSpan][c].Kind == SlotKind.JoinAbove)
                {
                    rowSpan++;
                }

                row.Add(new CellView(text, rowSpan, colSpan));
            }

            rows.Add(row.ToImmutable());
        }

        return rows.ToImmutable();
    }
}

public enum SlotKind
{
    Cell,
    JoinLeft,
    JoinAbove,
}

/// <summary>One position of a table: a cell of its own, or part of the cell to its left or above.</summary>
public readonly record struct GridSlot(SlotKind Kind, string? Text)
{
    public static GridSlot Of(string text) => new(SlotKind.Cell, text);

    public static readonly GridSlot Left = new(SlotKind.JoinLeft, null);

    public static readonly GridSlot Above = new(SlotKind.JoinAbove, null);
}
