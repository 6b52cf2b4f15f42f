using System.Collections.Immutable;

namespace MineralPlan.Rendering.ViewModel;

/// <summary>Where each cell of a <see cref="TableGrid"/> stands once spans are laid out, for formats that address positions (Word, Excel).</summary>
public static class GridLayout
{
    /// <summary>A cell and the position of its top-left corner.</summary>
    public sealed record Slot(CellView Cell, int Row, int Column);

    /// <summary>Which cell covers each position: cells take the first free position of their row, left to right (HTML's table model).</summary>
    public static Slot?[,] Place(ImmutableArray<ImmutableArray<CellView>> rows, int columns)
    {
        var slots = new Slot?[rows.Length, columns];
        for (var r = 0; r < rows.Length; r++)
        {
            var c = 0;
            foreach (var cell in rows[r])
            {
                while (c < columns && slots[r, c] is not null)
                {
                    c++;
                }

                var slot = new Slot(cell, r, c);
                for (var dr = 0; dr < cell.RowSpan && r + dr < rows.Length; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan && c + dc < columns; dc++)
                    {
                        slots[r + dr, c + dc] = slot;
                    }
                }

                c += cell.ColSpan;
            }
        }

        return slots;
    }
}
