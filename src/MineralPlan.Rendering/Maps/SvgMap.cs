using System.Globalization;
using System.Security;
using System.Text;
using NetTopologySuite.Geometries;

namespace MineralPlan.Rendering.Maps;

/// <summary>
/// Writes a map as SVG: title, region outline, one filled path per zone or block (even-odd, so holes
/// stay open) with its id as a label, a legend, a north arrow and a scale bar. Deterministic text, so
/// it can be a golden file; every plan text is XML-escaped.
/// </summary>
internal static class SvgMap
{
    private const string Fonts = "Noto Sans CJK SC, Source Han Sans SC, SimSun, sans-serif";

    /// <param name="idPrefix">Put before every id, so several maps inlined in one HTML page keep their ids unique.</param>
    public static string Write(string title, MapFrame frame, NetTopologySuite.Geometries.Geometry? region, IReadOnlyList<MapFeature> features, IReadOnlyList<MapLegendEntry> legend, string idPrefix = "")
    {
        var s = new StringBuilder();
        s.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{MapFrame.Width}\" height=\"{MapFrame.Height}\" viewBox=\"0 0 {MapFrame.Width} {MapFrame.Height}\" font-family=\"{Fonts}\">\n"));
        s.Append("<title>").Append(Escape(title)).Append("</title>\n");
        s.Append(Inv($"<rect x=\"0\" y=\"0\" width=\"{MapFrame.Width}\" height=\"{MapFrame.Height}\" fill=\"#ffffff\"/>\n"));
        s.Append(Inv($"<text x=\"{MapFrame.Width / 2}\" y=\"38\" font-size=\"24\" text-anchor=\"middle\">")).Append(Escape(title)).Append("</text>\n");
        s.Append(Inv($"<rect x=\"{MapFrame.MapLeft}\" y=\"{MapFrame.MapTop}\" width=\"{MapFrame.MapWidth}\" height=\"{MapFrame.MapHeight}\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1\"/>\n"));
        s.Append("<g id=\"").Append(idPrefix).Append("features\">\n");
        foreach (var f in features)
        {
            s.Append("<path id=\"").Append(Escape(idPrefix + "f-" + string.Join('_', f.Id.Split()))).Append("\" d=\"").Append(PathData(f.Shape, frame))
                .Append(Inv($"\" fill=\"{f.Color}\" fill-opacity=\"{MapStyle.FillOpacity}\" fill-rule=\"evenodd\" stroke=\"{MapStyle.FeatureStroke}\" stroke-width=\"1\">"))
                .Append("<title>").Append(Escape(f.Id + " " + f.Name)).Append("</title></path>\n");
        }

        s.Append("</g>\n");
        if (region is not null)
        {
            s.Append("<path id=\"").Append(idPrefix).Append("region\" d=\"").Append(PathData(region, frame))
                .Append(Inv($"\" fill=\"none\" stroke=\"{MapStyle.RegionStroke}\" stroke-width=\"2.5\" stroke-dasharray=\"12 4 3 4\"/>\n"));
        }

        s.Append("<g id=\"").Append(idPrefix).Append("labels\" font-size=\"12\" text-anchor=\"middle\">\n");
        foreach (var f in features)
        {
            var (x, y) = frame.ToPixel(f.Shape.InteriorPoint.Coordinate);
            s.Append(Inv($"<text x=\"{x:0.0}\" y=\"{y + 4:0.0}\">")).Append(Escape(f.Id)).Append("</text>\n");
        }

        s.Append("</g>\n");
        Legend(s, legend, region is not null, idPrefix);
        NorthArrow(s, idPrefix);
        ScaleBar(s, frame, idPrefix);
        s.Append("</svg>\n");
        return s.ToString();
    }

    private static void Legend(StringBuilder s, IReadOnlyList<MapLegendEntry> legend, bool hasRegion, string idPrefix)
    {
        s.Append("<g id=\"").Append(idPrefix).Append("legend\" font-size=\"14\">\n");
        s.Append(Inv($"<text x=\"{MapFrame.LegendLeft}\" y=\"{MapFrame.MapTop + 14}\" font-size=\"16\">图　例</text>\n"));
        var y = MapFrame.MapTop + 36;
        foreach (var entry in legend)
        {
            s.Append(Inv($"<rect x=\"{MapFrame.LegendLeft}\" y=\"{y}\" width=\"28\" height=\"16\" fill=\"{entry.FillColor}\" fill-opacity=\"{MapStyle.FillOpacity}\" stroke=\"{MapStyle.FeatureStroke}\"/>"));
            s.Append(Inv($"<text x=\"{MapFrame.LegendLeft + 36}\" y=\"{y + 13}\">")).Append(Escape(entry.Label)).Append("</text>\n");
            y += 28;
        }

        if (hasRegion)
        {
            s.Append(Inv($"<line x1=\"{MapFrame.LegendLeft}\" y1=\"{y + 8}\" x2=\"{MapFrame.LegendLeft + 28}\" y2=\"{y + 8}\" stroke=\"{MapStyle.RegionStroke}\" stroke-width=\"2.5\" stroke-dasharray=\"12 4 3 4\"/>"));
            s.Append(Inv($"<text x=\"{MapFrame.LegendLeft + 36}\" y=\"{y + 13}\">行政区界线</text>\n"));
        }

        s.Append("</g>\n");
    }

    private static void NorthArrow(StringBuilder s, string idPrefix)
    {
        var x = MapFrame.MapLeft + MapFrame.MapWidth - 40;
        var y = MapFrame.MapTop + 20;
        s.Append(Inv($"<g id=\"{idPrefix}north\"><polygon points=\"{x},{y} {x - 10},{y + 36} {x},{y + 28} {x + 10},{y + 36}\" fill=\"#000000\"/>"));
        s.Append(Inv($"<text x=\"{x}\" y=\"{y + 54}\" font-size=\"16\" text-anchor=\"middle\">北</text></g>\n"));
    }

    private static void ScaleBar(StringBuilder s, MapFrame frame, string idPrefix)
    {
        var metres = frame.ScaleBarMetres();
        var length = metres * frame.PixelsPerMetre;
        var x = MapFrame.MapLeft + 20;
        var y = MapFrame.MapTop + MapFrame.MapHeight - 24;
        var label = metres >= 1000 ? (metres / 1000).ToString("0.###", CultureInfo.InvariantCulture) + " km" : metres.ToString("0", CultureInfo.InvariantCulture) + " m";
        s.Append(Inv($"<g id=\"{idPrefix}scale\"><rect x=\"{x}\" y=\"{y}\" width=\"{length:0.0}\" height=\"6\" fill=\"#000000\"/>"));
        s.Append(Inv($"<rect x=\"{x + (length / 2):0.0}\" y=\"{y}\" width=\"{length / 2:0.0}\" height=\"6\" fill=\"#ffffff\" stroke=\"#000000\"/>"));
        s.Append(Inv($"<text x=\"{x}\" y=\"{y - 6}\" font-size=\"12\">0</text><text x=\"{x + length:0.0}\" y=\"{y - 6}\" font-size=\"12\" text-anchor=\"middle\">")).Append(label).Append("</text></g>\n");
    }

    private static string PathData(NetTopologySuite.Geometries.Geometry geometry, MapFrame frame)
    {
        var d = new StringBuilder();
        foreach (var ring in MapFeature.Rings(geometry))
        {
            for (var i = 0; i < ring.Length; i++)
            {
                var (x, y) = frame.ToPixel(ring[i]);
                d.Append(i == 0 ? "M" : " L").Append(Inv($"{x:0.0},{y:0.0}"));
            }

            d.Append(" Z ");
        }

        return d.ToString().TrimEnd();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
