using System.Globalization;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace MineralPlan.Geometry.Crs;

/// <summary>
/// ProjNET coordinate systems for <see cref="CrsSpec"/>: CGCS2000 (ellipsoid a = 6 378 137 m,
/// 1/f = 298.257222101) geographic, Gauss-Krüger (transverse Mercator, scale 1 on the central meridian)
/// and the Albers equal-area conic for China. Transforms are cached per thread because ProjNET's
/// math transforms are not documented as thread-safe and the benchmark checks plans in parallel.
/// </summary>
internal static class Projections
{
    private const string Geographic =
        "GEOGCS[\"CGCS2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";

    private static readonly ThreadLocal<Dictionary<(CrsSpec, CrsSpec), MathTransform>> Cache = new(() => []);

    private static readonly CoordinateSystemFactory Systems = new();

    private static readonly CoordinateTransformationFactory Transforms = new();

    /// <summary>The transform from <paramref name="from"/> to <paramref name="to"/> (through CGCS2000 geographic).</summary>
    public static MathTransform Between(CrsSpec from, CrsSpec to)
    {
        var cache = Cache.Value ?? throw new InvalidOperationException("thread cache");
        if (!cache.TryGetValue((from, to), out var transform))
        {
            transform = Transforms.CreateFromCoordinateSystems(System(from), System(to)).MathTransform;
            cache[(from, to)] = transform;
        }

        return transform;
    }

    private static CoordinateSystem System(CrsSpec crs) => Systems.CreateFromWkt(Wkt(crs));

    /// <summary>The ESRI/OGC WKT of <paramref name="crs"/>, as a shapefile's .prj holds it.</summary>
    public static string Wkt(CrsSpec crs) => crs.Kind switch
    {
        CrsKind.LonLat => Geographic,
        CrsKind.Albers => (Projected("CGCS2000 Albers China", "Albers_Conic_Equal_Area",
            ("standard_parallel_1", 25), ("standard_parallel_2", 47), ("latitude_of_center", 0), ("longitude_of_center", 105),
            ("false_easting", 0), ("false_northing", 0))),
        _ => Projected(crs.Text, "Transverse_Mercator",
            ("latitude_of_origin", 0), ("central_meridian", crs.CentralMeridian), ("scale_factor", 1),
            ("false_easting", crs.FalseEasting), ("false_northing", 0)),
    };

    private static string Projected(string name, string projection, params (string Name, double Value)[] parameters)
    {
        var values = string.Concat(parameters.Select(p => $",PARAMETER[\"{p.Name}\",{p.Value.ToString("R", CultureInfo.InvariantCulture)}]"));
        return $"PROJCS[\"{name}\",{Geographic},PROJECTION[\"{projection}\"]{values},UNIT[\"metre\",1]]";
    }
}
