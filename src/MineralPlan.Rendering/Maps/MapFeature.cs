using NetTopologySuite.Geometries;

namespace MineralPlan.Rendering.Maps;

/// <summary>One zone or block on a map, in the map's plane.</summary>
internal sealed record MapFeature(string Id, string Name, string Color, NetTopologySuite.Geometries.Geometry Shape)
{
    /// <summary>Every ring of a polygon or multipolygon: shells and holes alike (drawn even-odd).</summary>
    public static IEnumerable<Coordinate[]> Rings(NetTopologySuite.Geometries.Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon polygon)
            {
                yield return polygon.ExteriorRing.Coordinates;
                foreach (var hole in polygon.InteriorRings)
                {
                    yield return hole.Coordinates;
                }
            }
        }
    }
}
