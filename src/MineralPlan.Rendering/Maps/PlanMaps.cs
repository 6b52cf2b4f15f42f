using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Spatial;
using NetTopologySuite.Geometries;

namespace MineralPlan.Rendering.Maps;

/// <summary>
/// Draws a plan's standard figures from its boundaries: the zones (总体布局图) or the blocks (勘查/开采规划图,
/// 区块分布图) inside the plan's region, in the plane the spatial rules use (the plan's own Gauss-Krüger
/// system, else Albers equal-area), as SVG and PNG.
/// </summary>
public static class PlanMaps
{
    /// <summary>The map, or null when the plan has nothing of that kind with a valid boundary (the seed plans have no coordinates).</summary>
    /// <param name="idPrefix">Before every SVG id (e.g. "map2-"), so the maps of one HTML page keep unique ids.</param>
    public static MapPicture? Draw(SpatialPlan spatial, MapKind kind, string title, string idPrefix = "")
    {
        var plane = spatial.All.Where(b => b.IsValid).Select(b => b.Crs).FirstOrDefault(c => c is { Kind: CrsKind.GaussKruger }) ?? CrsSpec.Albers;
        var (region, items) = spatial.PlaceIn(plane);
        var shown = Shown(items, kind).ToList();
        var features = shown.Select(s => new MapFeature(s.Item.Id ?? s.Item.DisplayName, s.Item.DisplayName, MapStyle.Of(s.Item).Color, s.Shape)).ToList();
        if (features.Count == 0)
        {
            return null;
        }

        var extent = new Envelope();
        features.ForEach(f => extent.ExpandToInclude(f.Shape.EnvelopeInternal));
        if (region is not null)
        {
            extent.ExpandToInclude(region.Shape.EnvelopeInternal);
        }

        var frame = new MapFrame(extent);
        var legend = shown.Select(s => MapStyle.Of(s.Item)).Distinct().Select(s => new MapLegendEntry(s.Label, s.Color)).ToList();
        var svg = SvgMap.Write(title, frame, region?.Shape, features, legend, idPrefix);
        var png = SvgRaster.Png(svg, MapFrame.Width, MapFrame.Height) ?? PngEncoder.Encode(Raster(frame, region?.Shape, features, legend));
        return new MapPicture(title, svg, png, MapFrame.Width, MapFrame.Height, legend);
    }

    private static IEnumerable<(Semantics.Model.PlanItem Item, NetTopologySuite.Geometries.Geometry Shape)> Shown(IEnumerable<Placed> items, MapKind kind)
    {
        foreach (var placed in items)
        {
            if (placed.Item is { } item && MapStyle.Shows(kind, item))
            {
                yield return (item, placed.Shape);
            }
        }
    }

    private static RasterCanvas Raster(MapFrame frame, NetTopologySuite.Geometries.Geometry? region, List<MapFeature> features, List<MapLegendEntry> legend)
    {
        var canvas = new RasterCanvas(MapFrame.Width, MapFrame.Height);
        var black = ((byte)0, (byte)0, (byte)0);
        Outline(canvas, [[(MapFrame.MapLeft, MapFrame.MapTop), (MapFrame.MapLeft + MapFrame.MapWidth, MapFrame.MapTop), (MapFrame.MapLeft + MapFrame.MapWidth, MapFrame.MapTop + MapFrame.MapHeight), (MapFrame.MapLeft, MapFrame.MapTop + MapFrame.MapHeight), (MapFrame.MapLeft, MapFrame.MapTop)]], black);
        foreach (var f in features)
        {
            var rings = MapFeature.Rings(f.Shape).Select(r => r.Select(frame.ToPixel).ToArray()).ToList();
            canvas.FillEvenOdd(rings, RasterCanvas.Parse(f.Color), MapStyle.FillOpacity);
            Outline(canvas, rings, RasterCanvas.Parse(MapStyle.FeatureStroke));
        }

        if (region is not null)
        {
            Outline(canvas, [.. MapFeature.Rings(region).Select(r => r.Select(frame.ToPixel).ToArray())], RasterCanvas.Parse(MapStyle.RegionStroke));
        }

        var y = MapFrame.MapTop + 36;
        foreach (var entry in legend)
        {
            canvas.Rectangle(MapFrame.LegendLeft, y, 28, 16, RasterCanvas.Parse(entry.FillColor), MapStyle.FillOpacity);
            y += 28;
        }

        return canvas;
    }

    private static void Outline(RasterCanvas canvas, IReadOnlyList<(double X, double Y)[]> rings, (byte R, byte G, byte B) color)
    {
        foreach (var ring in rings)
        {
            for (var i = 0; i + 1 < ring.Length; i++)
            {
                canvas.Line(ring[i], ring[i + 1], color);
            }
        }
    }
}
