using NetTopologySuite.Geometries;

namespace MineralPlan.Rendering.Maps;

/// <summary>
/// The page of a map: a fixed canvas with the title above, the legend on the right, and the map area
/// fitted to the drawn features (same scale on both axes, north up, centred).
/// </summary>
internal sealed class MapFrame
{
    public const int Width = 1000;
    public const int Height = 700;
    public const int MapLeft = 30;
    public const int MapTop = 60;
    public const int MapWidth = 760;
    public const int MapHeight = 600;
    public const int LegendLeft = 815;

    private readonly double _scale; // pixels per metre of the plane
    private readonly double _offsetX;
    private readonly double _offsetY;
    private readonly Envelope _extent;

    public MapFrame(Envelope extent)
    {
        var e = new Envelope(extent);
        // A margin of 5 % so outlines do not touch the frame; a minimum size so one tiny block still draws.
        e.ExpandBy(Math.Max(Math.Max(e.Width, e.Height) * 0.05, 50));
        _extent = e;
        _scale = Math.Min(MapWidth / e.Width, MapHeight / e.Height);
        _offsetX = MapLeft + ((MapWidth - (e.Width * _scale)) / 2);
        _offsetY = MapTop + ((MapHeight - (e.Height * _scale)) / 2);
    }

    public double PixelsPerMetre => _scale;

    public (double X, double Y) ToPixel(Coordinate c) => (_offsetX + ((c.X - _extent.MinX) * _scale), _offsetY + ((_extent.MaxY - c.Y) * _scale));

    /// <summary>A round scale-bar length (1, 2 or 5 × 10ⁿ metres) near a fifth of the map's width.</summary>
    public double ScaleBarMetres()
    {
        var target = MapWidth / 5.0 / _scale;
        var power = Math.Pow(10, Math.Floor(Math.Log10(target)));
        return new[] { 1, 2, 5, 10 }.Select(m => m * power).Last(l => l <= target * 1.0001);
    }
}
