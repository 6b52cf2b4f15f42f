using System.Collections.Immutable;
using System.Globalization;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Packed;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;
using NetTopologySuite.Geometries;

namespace MineralPlan.Geometry.Reading;

/// <summary>
/// Turns a <see cref="Boundary"/> into an NTS (multi)polygon. Rings: each ring not marked 挖空 starts a
/// polygon, 挖空 rings are holes of the polygon before them. Packed strings: the same, with tails marking
/// holes (no tails: every area is its own polygon). Feature references: the feature's polygon(s), read from
/// the file relative to the plan folder. The coordinate system is the boundary's 坐标系, else the plan's
/// (its 边界's 坐标系), else the 3° zone a prefixed easting names; a GIS feature's is the file's own
/// (GeoJSON: lon/lat unless it says otherwise; shapefile: its .prj, else the plan's). Every problem is a finding at the corner
/// point (or packed value) that causes it.
/// </summary>
internal sealed class BoundaryResolver(string planFolder, Func<string, SourceText?> sources, FeatureStore features, CrsSpec? planCrs)
{
    public static readonly GeometryFactory Factory = new();

    public ResolvedBoundary Resolve(string owner, Boundary boundary)
    {
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var explicitCrs = CrsSpec.Parse(boundary.Crs);
        if (boundary.Crs is not null && explicitCrs is null)
        {
            problems.Add(Diagnostic.Create(GeometryDiagnostics.UnknownCrs, boundary.Span, owner,
                $"an unknown 坐标系 '{boundary.Crs}'", $"的坐标系“{boundary.Crs}”无法识别"));
            return new ResolvedBoundary(null, null, problems.ToImmutable());
        }

        if (boundary.FeatureRef is { } reference)
        {
            return FromFeature(owner, boundary, reference, explicitCrs, problems);
        }

        var rings = boundary.Packed is { } packed ? FromPacked(owner, boundary, packed, problems) : FromRings(boundary);
        if (problems.Count > 0 || rings.Count == 0)
        {
            return new ResolvedBoundary(null, null, problems.ToImmutable());
        }

        var crs = explicitCrs ?? planCrs ?? Inferred(rings.SelectMany(r => r.Points).Select(p => p.X).FirstOrDefault());
        if (crs is null)
        {
            problems.Add(Diagnostic.Create(GeometryDiagnostics.UnknownCrs, boundary.Span, owner,
                "no 坐标系 (nor does the plan's 边界)", "没有坐标系（规划的边界也没有）"));
            return new ResolvedBoundary(null, null, problems.ToImmutable());
        }

        CheckRings(owner, rings, crs, problems);
        if (problems.Count > 0)
        {
            return new ResolvedBoundary(null, crs, problems.ToImmutable());
        }

        var geometry = Assemble(owner, rings, boundary.Span, problems);
        if (geometry is not null)
        {
            Validity.Check(owner, geometry, rings, boundary.Span, problems);
        }

        return problems.Count > 0 ? new ResolvedBoundary(null, crs, problems.ToImmutable()) : new ResolvedBoundary(geometry, crs, []);
    }

    /// <summary>An easting with a zone prefix (25..45, e.g. 40 500 000) names its 3° zone unambiguously.</summary>
    private static CrsSpec? Inferred(double x) =>
        x is >= 25_000_000 and < 46_000_000 ? CrsSpec.GaussKrugerZone((int)Math.Floor(x / 1_000_000)) : null;

    private static List<RawRing> FromRings(Boundary boundary) =>
        [.. boundary.Rings.Select(r => new RawRing([.. r.Points.Select(p => new RawPoint(ToDouble(p.X), ToDouble(p.Y), p.Span))], r.IsHole, r.Span))];

    private static readonly double[] PowersOfTen = [.. Enumerable.Range(0, 23).Select(k => Math.Pow(10, k))];

    /// <summary>
    /// Exact: the double nearest the decimal the plan wrote (a decimal→double cast may be off by one ulp,
    /// which would break export → import → export). Coordinates are integers of up to 16 digits over a power
    /// of ten; both are exact doubles, and IEEE division rounds their quotient correctly. Others go through text.
    /// </summary>
    public static double ToDouble(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] == 0 && mantissa < (1UL << 53) && scale < PowersOfTen.Length)
        {
            var magnitude = mantissa / PowersOfTen[scale];
            return bits[3] < 0 ? -magnitude : magnitude;
        }

        return double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private List<RawRing> FromPacked(string owner, Boundary boundary, string packed, ImmutableArray<Diagnostic>.Builder problems)
    {
        var locate = PackedLocator.For(sources(boundary.Span.File), boundary.Span, packed);
        var (areas, error) = PackedReader.Read(packed);
        if (error is { } e)
        {
            problems.Add(Diagnostic.Create(GeometryDiagnostics.BadPacked, locate.At(e.Token), owner, e.Reason));
            return [];
        }

        var usesTails = areas.Any(a => a.Tail is not null);
        return [.. areas.Select(a => new RawRing(
            [.. a.Points.Select(p => new RawPoint(p.X, p.Y, locate.At(p.Token, p.Token + 1)))],
            usesTails && a.IsHole,
            locate.At(a.CountToken)))];
    }

    private ResolvedBoundary FromFeature(string owner, Boundary boundary, string reference, CrsSpec? crs, ImmutableArray<Diagnostic>.Builder problems)
    {
        var (feature, layer, error) = features.Find(planFolder, reference, out var outside);
        if (outside && error is { } refused)
        {
            problems.Add(Diagnostic.Create(GeometryDiagnostics.OutsideWorkspace, boundary.Span, owner, reference, refused));
            return new ResolvedBoundary(null, null, problems.ToImmutable());
        }

        var geometry = feature?.Geometry;
        if (error is null && geometry is not (Polygon or MultiPolygon))
        {
            error = new Bilingual("the feature has no polygon geometry", "该要素没有面状几何");
        }

        if (error is { } e || geometry is null)
        {
            var why = error ?? new Bilingual("unreadable", "无法读取");
            problems.Add(Diagnostic.Create(GeometryDiagnostics.FeatureNotFound, boundary.Span, owner, reference, why));
            return new ResolvedBoundary(null, null, problems.ToImmutable());
        }

        // The file knows its coordinates best: a GeoJSON is lon/lat unless it says otherwise (RFC 7946);
        // only a shapefile without a usable .prj falls back to the plan's 坐标系.
        crs ??= CrsSpec.Parse(feature?.Text("坐标系")) ?? layer?.Crs
            ?? (reference.Contains(".shp#", StringComparison.OrdinalIgnoreCase) ? planCrs : CrsSpec.LonLat);
        if (crs is null)
        {
            problems.Add(Diagnostic.Create(GeometryDiagnostics.UnknownCrs, boundary.Span, owner,
                "no 坐标系 and the shapefile has no usable .prj", "没有坐标系，且 shapefile 没有可识别的 .prj"));
            return new ResolvedBoundary(null, null, problems.ToImmutable());
        }

        foreach (var c in geometry.Coordinates)
        {
            if (CoordinateRange.Check(crs, c.X, c.Y) is { } why)
            {
                problems.Add(Diagnostic.Create(GeometryDiagnostics.OutsideZone, boundary.Span, owner, N(c.X), N(c.Y), crs.Text, why));
                return new ResolvedBoundary(null, crs, problems.ToImmutable());
            }
        }

        Validity.Check(owner, geometry, [], boundary.Span, problems);
        return problems.Count > 0 ? new ResolvedBoundary(null, crs, problems.ToImmutable()) : new ResolvedBoundary(geometry, crs, []);
    }

    /// <summary>Closure, point count and coordinate range, ring by ring, at the point at fault.</summary>
    private static void CheckRings(string owner, List<RawRing> rings, CrsSpec crs, ImmutableArray<Diagnostic>.Builder problems)
    {
        foreach (var ring in rings)
        {
            var points = ring.Points;
            var distinct = points.Select(p => (p.X, p.Y)).Distinct().Count();
            if (distinct < 3)
            {
                problems.Add(Diagnostic.Create(GeometryDiagnostics.TooFewPoints, ring.Span, owner, distinct));
                continue;
            }

            var first = points[0];
            var last = points[^1];
            var closed = first.X == last.X && first.Y == last.Y;

            if (!closed)
            {
                problems.Add(Diagnostic.Create(GeometryDiagnostics.RingNotClosed, last.Span, owner, N(last.X), N(last.Y), N(first.X), N(first.Y)));
            }
        }

        foreach (var p in rings.SelectMany(r => r.Points))
        {
            if (CoordinateRange.Check(crs, p.X, p.Y) is { } why)
            {
                // The first point out of range says it; the rest of a swapped or mis-zoned boundary would only repeat it.
                problems.Add(Diagnostic.Create(GeometryDiagnostics.OutsideZone, p.Span, owner, N(p.X), N(p.Y), crs.Text, why));
                return;
            }
        }
    }

    private static NetTopologySuite.Geometries.Geometry? Assemble(string owner, List<RawRing> rings, SourceSpan span, ImmutableArray<Diagnostic>.Builder problems)
    {
        var polygons = new List<(LinearRing Shell, List<LinearRing> Holes)>();
        foreach (var ring in rings)
        {
            var linear = Factory.CreateLinearRing([.. ring.Points.Select(p => new Coordinate(p.X, p.Y))]);
            if (!ring.IsHole)
            {
                polygons.Add((linear, []));
            }
            else if (polygons.Count == 0)
            {
                var at = ring.Points[0];
                problems.Add(Diagnostic.Create(GeometryDiagnostics.InvalidShape, at.Span, owner,
                    new Bilingual("a hole (挖空) comes before any outer ring", "挖空环出现在外环之前"), N(at.X), N(at.Y)));
                return null;
            }
            else
            {
                polygons[^1].Holes.Add(linear);
            }
        }

        var built = polygons.Select(p => Factory.CreatePolygon(p.Shell, [.. p.Holes])).ToArray();
        return built.Length == 1 ? built[0] : Factory.CreateMultiPolygon(built);
    }

    internal static string N(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
