namespace MineralPlan.Rendering.Maps;

/// <summary>A drawn map: SVG, the same picture as PNG (no text in it), its size in pixels, and its legend.</summary>
public sealed record MapPicture(string Title, string Svg, byte[] Png, int WidthPx, int HeightPx, IReadOnlyList<MapLegendEntry> Legend);

public sealed record MapLegendEntry(string Label, string FillColor);
