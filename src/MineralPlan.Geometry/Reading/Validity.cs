using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace MineralPlan.Geometry.Reading;

/// <summary>
/// OGC validity of an assembled polygon (NTS IsValidOp): edges that cross, a ring touching itself, a hole
/// outside its shell, nested or overlapping areas. The finding points at the corner point that starts
/// the edge through the fault (the later edge, which is usually the one drawn wrong), or at the
/// boundary when the geometry came from a GIS file.
/// </summary>
internal static class Validity
{
    public static void Check(string owner, NetTopologySuite.Geometries.Geometry geometry, List<RawRing> rings, SourceSpan fallback, ImmutableArray<Diagnostic>.Builder problems)
    {
        var op = new IsValidOp(geometry);
        if (op.IsValid || op.ValidationError is not { } error)
        {
            return;
        }

        var at = error.Coordinate ?? geometry.Coordinate;
        var why = Describe(error.ErrorType);
        var span = Locate(rings, at) ?? fallback;
        problems.Add(Diagnostic.Create(GeometryDiagnostics.InvalidShape, span, owner, why, BoundaryResolver.N(at.X), BoundaryResolver.N(at.Y)));
    }

    private static SourceSpan? Locate(List<RawRing> rings, Coordinate at)
    {
        SourceSpan? best = null;
        var bestDistance = double.MaxValue;
        foreach (var ring in rings)
        {
            for (var i = 0; i + 1 < ring.Points.Length; i++)
            {
                var a = ring.Points[i];
                var b = ring.Points[i + 1];
                var d = NetTopologySuite.Algorithm.DistanceComputer.PointToSegment(at, new Coordinate(a.X, a.Y), new Coordinate(b.X, b.Y));

                // "<=" keeps the last edge through the fault: of two crossing edges, the later one.
                if (d <= bestDistance + 1e-9)
                {
                    bestDistance = Math.Min(d, bestDistance);
                    best = a.X == at.X && a.Y == at.Y ? a.Span : (b.X == at.X && b.Y == at.Y ? b.Span : a.Span);
                }
            }
        }

        return best;
    }

    private static Bilingual Describe(TopologyValidationErrors type) => type switch
    {
        TopologyValidationErrors.SelfIntersection => new("edges cross", "边相交"),
        TopologyValidationErrors.RingSelfIntersection => new("a ring touches itself", "环自相交"),
        TopologyValidationErrors.HoleOutsideShell => new("a hole (挖空) lies outside its outer ring", "挖空区位于外环之外"),
        TopologyValidationErrors.NestedHoles => new("one hole lies inside another", "挖空区相互嵌套"),
        TopologyValidationErrors.NestedShells => new("one area lies inside another", "区域相互嵌套"),
        TopologyValidationErrors.DisconnectedInteriors => new("holes cut the area apart", "挖空区将区域分割"),
        TopologyValidationErrors.DuplicateRings => new("a ring is given twice", "环重复"),
        TopologyValidationErrors.InvalidCoordinate => new("a coordinate is not a number", "坐标不是有效数字"),
        TopologyValidationErrors.TooFewPoints => new("a ring has too few points", "环的拐点过少"),
        TopologyValidationErrors.RingNotClosed => new("a ring is not closed", "环未闭合"),
        _ => new("the polygon is invalid", "多边形无效"),
    };
}
