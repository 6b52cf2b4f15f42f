using System.Globalization;

namespace MineralPlan.Geometry.Spatial;

/// <summary>
/// How close is close enough. Areas agree when they differ by at most 1 % of the reference or 0.01 km²,
/// whichever is larger (a declared 面积 is rounded by its writer; small blocks need the absolute floor).
/// Overlaps and parts outside a region count only above 100 m² (0.0001 km²): boundaries that share an
/// edge, or differ by reprojection rounding, are touching, not overlapping.
/// </summary>
public static class Tolerances
{
    public const double RelativeArea = 0.01;

    public const double AbsoluteAreaKm2 = 0.01;

    public const double OverlapKm2 = 0.0001;

    public static double AreaKm2(double referenceKm2) => Math.Max(RelativeArea * Math.Abs(referenceKm2), AbsoluteAreaKm2);

    /// <summary>km² as findings print it: up to four decimals (1 m² resolution is noise at plan scale).</summary>
    public static string Km2(double km2) => km2.ToString("0.####", CultureInfo.InvariantCulture);
}
