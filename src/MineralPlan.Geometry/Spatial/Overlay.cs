using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace MineralPlan.Geometry.Spatial;

/// <summary>Robust overlay areas (OverlayNG with snapping fallbacks), in km² of the working plane.</summary>
public static class Overlay
{
    public static double IntersectionKm2(NetTopologySuite.Geometries.Geometry a, NetTopologySuite.Geometries.Geometry b) =>
        OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection).Area / 1e6;

    public static double DifferenceKm2(NetTopologySuite.Geometries.Geometry a, NetTopologySuite.Geometries.Geometry b) =>
        OverlayNGRobust.Overlay(a, b, SpatialFunction.Difference).Area / 1e6;
}
