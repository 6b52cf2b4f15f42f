using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Rendering.ViewModel;

namespace MineralPlan.Rendering.Formats;

/// <summary>
/// A rendered document: its bytes, the files it links to and that must be written beside it (Markdown's maps), and
/// what the reader should be told (an Excel workbook of a plan without tables).
/// </summary>
public sealed record RenderedDocument(byte[] Content)
{
    public IReadOnlyList<FigureImage> SideFiles { get; init; } = [];

    public IReadOnlyList<Bilingual> Warnings { get; init; } = [];
}
