using System.Globalization;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Crs;

namespace MineralPlan.Geometry.Reading;

/// <summary>
/// Whether a coordinate can belong to its coordinate system: a Gauss-Krüger point must carry its zone's
/// prefix (when the system has one) and lie within 1.5° of the central meridian (a 3° zone's half-width),
/// between the equator and 60°N; a geographic point must lie in China's extent (73–136°E, 3–54°N, with a margin).
/// </summary>
internal static class CoordinateRange
{
    // Within this distance of the central meridian a point is inside the 3° zone at any latitude up to
    // 54°N (half-width there: 1.5° × 111.32 km × cos 54° ≈ 98 km), so the exact inverse is skipped.
    private const double SurelyInsideMetres = 95_000;

    public static Bilingual? Check(CrsSpec crs, double x, double y)
    {
        switch (crs.Kind)
        {
            case CrsKind.LonLat:
                return x is >= 70 and <= 140 && y is >= 0 and <= 60
                    ? null
                    : new Bilingual($"longitude {F(x)}°, latitude {F(y)}° is not in China", $"经度 {F(x)}°、纬度 {F(y)}° 不在中国范围内");
            case CrsKind.GaussKruger:
                if (crs.Zone is { } zone && Math.Floor(x / 1_000_000) != zone)
                {
                    return new Bilingual($"the easting's zone prefix is {F(Math.Floor(x / 1_000_000))}, not {zone}", $"横坐标的带号为 {F(Math.Floor(x / 1_000_000))}，不是 {zone}");
                }

                if (y is < 0 or > 6_700_000)
                {
                    return new Bilingual($"the northing {F(y)} m is not between the equator and 60°N", $"纵坐标 {F(y)} 米不在赤道与北纬 60° 之间");
                }

                if (Math.Abs(x - crs.FalseEasting) <= SurelyInsideMetres)
                {
                    return null;
                }

                var (lon, _) = Reprojection.Point(x, y, crs, CrsSpec.LonLat);
                var off = Math.Abs(lon - crs.CentralMeridian);
                if (off <= 1.5 + 1e-9)
                {
                    return null;
                }

                return double.IsNaN(off)
                    ? new Bilingual("it is far outside the zone", "远在该带之外")
                    : new Bilingual(
                        $"it lies {off.ToString("0.##", CultureInfo.InvariantCulture)}° from the central meridian {F(crs.CentralMeridian)}°E, beyond the zone's 1.5°",
                        $"距中央经线 {F(crs.CentralMeridian)}°E {off.ToString("0.##", CultureInfo.InvariantCulture)}°，超出该带的 1.5°");
            default:
                return null;
        }
    }

    private static string F(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
