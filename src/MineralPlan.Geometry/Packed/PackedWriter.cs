using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace MineralPlan.Geometry.Packed;

/// <summary>
/// Writes a (multi)polygon as the national corner-point string: every shell as a main area (tail
/// <c>0,0,0</c>), each of its holes right after it as a hole (tail <c>-1,0,0</c>). Rings are written closed,
/// as they are read; <see cref="PackedReader"/> reads the result back to the same rings.
/// </summary>
public static class PackedWriter
{
    public static string Write(NetTopologySuite.Geometries.Geometry geometry)
    {
        var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>().ToList();
        var rings = polygons.SelectMany(p => new[] { (Ring: p.ExteriorRing, Hole: false) }
            .Concat(p.InteriorRings.Select(h => (Ring: (LineString)h, Hole: true)))).ToList();
        var text = new StringBuilder(rings.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var (ring, hole) in rings)
        {
            text.Append(',').Append(ring.NumPoints.ToString(CultureInfo.InvariantCulture));
            foreach (var c in ring.Coordinates)
            {
                text.Append(',').Append(Number(c.X)).Append(',').Append(Number(c.Y));
            }

            text.Append(hole ? ",-1,0,0" : ",0,0,0");
        }

        return text.ToString();
    }

    /// <summary>Shortest text that reads back to the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
