using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Crs;
using NetTopologySuite.IO.Esri;

namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// Reads a shapefile (.shp + .dbf, optional .prj and .cpg). The .prj is understood when it is CGCS2000
/// geographic or a transverse Mercator with a 3° central meridian; otherwise the plan says 坐标系.
/// </summary>
internal static partial class ShapefileLayerReader
{
    static ShapefileLayerReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static (GisLayer? Layer, Diagnostic? Error) Read(string path, string displayPath)
    {
        var features = Shapefile.ReadAllFeatures(path);
        var result = ImmutableArray.CreateBuilder<GisFeature>(features.Length);
        for (var i = 0; i < features.Length; i++)
        {
            var f = features[i];
            var attributes = f.Attributes is null
                ? []
                : f.Attributes.GetNames().Select(n => new KeyValuePair<string, object?>(ShapefileFields.LongName(n), Normalise(f.Attributes[n]))).ToImmutableArray();
            var id = attributes.FirstOrDefault(a => a.Key is "标识" or "ID" or "id").Value?.ToString();
            result.Add(new GisFeature(i, id, attributes, f.Geometry, SourceSpan.None(displayPath)));
        }

        var prj = Path.ChangeExtension(path, ".prj");
        return (new GisLayer(path, result.MoveToImmutable(), File.Exists(prj) ? FromPrj(File.ReadAllText(prj)) : null), null);
    }

    /// <summary>dBASE text fields come back padded; numbers as double or decimal.</summary>
    private static object? Normalise(object? value) => value switch
    {
        string s => s.Trim(),
        decimal d => (double)d,
        int n => (double)n,
        long n => (double)n,
        _ => value,
    };

    public static CrsSpec? FromPrj(string wkt)
    {
        if (!wkt.Contains("PROJCS", StringComparison.OrdinalIgnoreCase))
        {
            return wkt.Contains("GEOGCS", StringComparison.OrdinalIgnoreCase) ? CrsSpec.LonLat : null;
        }

        if (!(wkt.Contains("Transverse_Mercator", StringComparison.OrdinalIgnoreCase) || wkt.Contains("Gauss_Kruger", StringComparison.OrdinalIgnoreCase))
            || Parameter(wkt, "central_meridian") is not { } cm || Parameter(wkt, "false_easting") is not { } fe)
        {
            return null;
        }

        if (fe == 500_000)
        {
            return CrsSpec.Parse("CGCS2000 GK3 CM" + cm.ToString(CultureInfo.InvariantCulture));
        }

        var zone = (int)Math.Floor(fe / 1_000_000);
        return zone * 3 == cm && fe == (zone * 1_000_000d) + 500_000 ? CrsSpec.Parse("CGCS2000 GK3 " + zone.ToString(CultureInfo.InvariantCulture)) : null;
    }

    private static double? Parameter(string wkt, string name)
    {
        var m = ParameterPattern().Match(wkt.Replace(" ", string.Empty, StringComparison.Ordinal));
        while (m.Success)
        {
            if (m.Groups[1].Value.Equals(name, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(m.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                return v;
            }

            m = m.NextMatch();
        }

        return null;
    }

    [GeneratedRegex("PARAMETER\\[\"([^\"]+)\",([-0-9.eE+]+)\\]", RegexOptions.IgnoreCase)]
    private static partial Regex ParameterPattern();
}
