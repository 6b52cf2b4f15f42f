namespace MineralPlan.Rendering.ViewModel;

/// <summary>
/// A drawn figure (a map of the plan's zones and blocks): the SVG every format shows, a PNG of the same
/// picture for Word versions that cannot show SVG, and the file name the Markdown links to.
/// Rendering does not draw maps itself; whoever renders supplies them (the CLI draws them from geometry).
/// </summary>
public sealed record FigureImage(string Svg, byte[] Png, int WidthPx, int HeightPx, string FileName);
