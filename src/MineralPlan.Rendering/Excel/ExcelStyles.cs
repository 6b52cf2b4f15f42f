using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MineralPlan.Rendering.Excel;

/// <summary>The workbook's cell styles: title, header, body text, note, and one number format per count of decimals used.</summary>
internal sealed class ExcelStyles
{
    public const uint Plain = 0;
    public uint Title => 1;
    public uint Header => 2;
    public uint Body => 3;
    public uint Note => 4;

    private readonly List<int> _decimals = [];

    /// <summary>The style of a number shown with <paramref name="decimals"/> decimals (as the plan wrote it).</summary>
    public uint Number(int decimals)
    {
        var index = _decimals.IndexOf(decimals);
        if (index < 0)
        {
            _decimals.Add(decimals);
            index = _decimals.Count - 1;
        }

        return (uint)(5 + index);
    }

    public Stylesheet Stylesheet()
    {
        var formats = new NumberingFormats(_decimals.Select((d, i) => new NumberingFormat
        {
            NumberFormatId = (uint)(164 + i),
            FormatCode = d == 0 ? "0" : "0." + new string('0', d),
        })) { Count = (uint)_decimals.Count };
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var centre = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true };
        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { FontId = 2, ApplyFont = true, ApplyAlignment = true },
            new CellFormat((Alignment)centre.CloneNode(true)) { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat((Alignment)centre.CloneNode(true)) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true });
        foreach (var (_, i) in _decimals.Select((d, i) => (d, i)))
        {
            cellFormats.Append(new CellFormat((Alignment)centre.CloneNode(true))
            {
                NumberFormatId = (uint)(164 + i), BorderId = 1, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true,
            });
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        var stylesheet = new Stylesheet();
        if (_decimals.Count > 0)
        {
            stylesheet.Append(formats);
        }

        stylesheet.Append(
            new Fonts(new Font(), new Font(new Bold()), new Font(new Bold(), new FontSize { Val = 14 })) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(), thin) { Count = 2 },
            cellFormats);
        return stylesheet;
    }
}
