using System.Globalization;

namespace MineralPlan.Geometry.Crs;

/// <summary>How to read a boundary's numbers.</summary>
public enum CrsKind
{
    /// <summary>3° Gauss-Krüger on CGCS2000: x = easting (with or without the zone prefix), y = northing, metres.</summary>
    GaussKruger,

    /// <summary>CGCS2000 geographic: x = longitude, y = latitude, degrees.</summary>
    LonLat,

    /// <summary>The Albers equal-area plane for China (CGCS2000; central meridian 105°E, standard parallels 25°N and 47°N) areas of geographic input are measured in.</summary>
    Albers,
}

/// <summary>
/// A coordinate system as a plan names it in <c>坐标系</c>: <c>"CGCS2000 GK3 39"</c> (3° zone 39: central
/// meridian 117°E, x carries the zone prefix so false easting is 39 500 000 m), <c>"CGCS2000 GK3 CM117"</c>
/// (central meridian 117°E, no zone prefix: false easting 500 000 m) or <c>"CGCS2000 lonlat"</c>.
/// </summary>
public sealed record CrsSpec(CrsKind Kind, double CentralMeridian, int? Zone)
{
    public static readonly CrsSpec LonLat = new(CrsKind.LonLat, 0, null);

    public static readonly CrsSpec Albers = new(CrsKind.Albers, 105, null);

    /// <summary>False easting in metres: the zone prefix (zone × 10⁶) plus 500 km, or 500 km alone.</summary>
    public double FalseEasting => Zone is { } z ? (z * 1_000_000d) + 500_000d : 500_000d;

    public bool IsProjected => Kind != CrsKind.LonLat;

    /// <summary>The text a plan writes for this system (the inverse of <see cref="Parse"/>).</summary>
    public string Text => Kind switch
    {
        CrsKind.LonLat => "CGCS2000 lonlat",
        CrsKind.Albers => "CGCS2000 Albers China",
        _ when Zone is { } z => "CGCS2000 GK3 " + z.ToString(CultureInfo.InvariantCulture),
        _ => "CGCS2000 GK3 CM" + CentralMeridian.ToString(CultureInfo.InvariantCulture),
    };

    public static CrsSpec GaussKrugerZone(int zone) => new(CrsKind.GaussKruger, zone * 3d, zone);

    public static CrsSpec GaussKrugerMeridian(double centralMeridian) => new(CrsKind.GaussKruger, centralMeridian, null);

    /// <summary>
    /// Reads <c>坐标系</c>. Accepts the three spellings above (case and extra spaces ignored; "CGCS2000" may be
    /// omitted; 经纬度 for lonlat). China's 3° zones are 25..45 (central meridians 75°E..135°E).
    /// </summary>
    public static CrsSpec? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.Replace('　', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].Equals("CGCS2000", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 1 && (words[0].Equals("lonlat", StringComparison.OrdinalIgnoreCase) || words[0] == "经纬度"))
        {
            return LonLat;
        }

        if (words.Count != 2 || !words[0].Equals("GK3", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var arg = words[1];
        if (arg.StartsWith("CM", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(arg[2..], NumberStyles.Float, CultureInfo.InvariantCulture, out var cm)
            && cm is >= 75 and <= 135 && cm % 3 == 0)
        {
            return GaussKrugerMeridian(cm);
        }

        return int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var zone) && zone is >= 25 and <= 45
            ? GaussKrugerZone(zone)
            : null;
    }
}
