using System.Text;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Spatial;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Dbf.Fields;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// Writes a plan's zones and blocks as a polygon shapefile: .shp, .shx, .dbf (UTF-8, said by a .cpg),
/// and a .prj. A shapefile has one coordinate system, so every boundary is moved into one: CGCS2000
/// lon/lat, or with <c>native</c> the plan's own Gauss-Krüger plane (as the spatial rules use it).
/// Attributes are those of the GeoJSON export under <see cref="ShapefileFields"/> names.
/// </summary>
public static class ShapefileExporter
{
    /// <param name="SkippedItems">Ids of zones and blocks without a valid boundary (a shapefile cannot hold them).</param>
    /// <param name="SkippedAttributes">Attribute names longer than a dBASE field name can be.</param>
    public sealed record Result(IReadOnlyList<(string Extension, byte[] Content)> Files, int Written, IReadOnlyList<string> SkippedItems, IReadOnlyList<string> SkippedAttributes, CrsSpec Crs);

    // dBASE character fields hold at most 254 bytes.
    private const int TextBytes = 254;

    public static Result Write(SpatialPlan spatial, bool native)
    {
        var crs = native
            ? spatial.All.Where(b => b.IsValid).Select(b => b.Crs).FirstOrDefault(c => c is { Kind: CrsKind.GaussKruger }) ?? CrsSpec.LonLat
            : CrsSpec.LonLat;
        var skipped = new List<string>();
        var skippedAttributes = new List<string>();
        var rows = new List<(NetTopologySuite.Geometries.Geometry Shape, IReadOnlyList<(string Name, object Value)> Attributes)>();
        foreach (var (item, _, boundary) in spatial.Items)
        {
            if (boundary is not { Native: { } shape, Crs: { } from })
            {
                skipped.Add(item.Id ?? item.DisplayName);
                continue;
            }

            var moved = from == crs ? shape : Reprojection.Transform(shape, from, crs);
            rows.Add((moved, FeatureAttributes.Of(item, null)));
        }

        var drawn = spatial.Items.Select(i => i.Item).ToHashSet(ReferenceEqualityComparer.Instance);
        skipped.AddRange(spatial.Plan.Items.Where(i => i is Semantics.Model.Zone or Semantics.Model.PlanningBlock && !drawn.Contains(i)).Select(i => i.Id ?? i.DisplayName));
        var fields = Fields(rows.SelectMany(r => r.Attributes), skippedAttributes);
        using var shp = new MemoryStream();
        using var shx = new MemoryStream();
        using var dbf = new MemoryStream();
        using var prj = new MemoryStream();
        var options = new ShapefileWriterOptions(ShapeType.Polygon, [.. fields.Select(f => f.Field)])
        {
            Encoding = new UTF8Encoding(false),
            Projection = Projections.Wkt(crs),
        };
        using (var writer = new ShapefilePolygonWriter(shp, shx, dbf, prj, options))
        {
            foreach (var (shape, attributes) in rows)
            {
                var table = new AttributesTable();
                foreach (var (name, field) in fields)
                {
                    var value = attributes.FirstOrDefault(a => a.Name == name).Value;
                    table.Add(field.Name, value is string text ? Truncate(text) : value);
                }

                writer.Write(new Feature(shape, table));
            }
        }

        return new Result(
            [(".shp", shp.ToArray()), (".shx", shx.ToArray()), (".dbf", dbf.ToArray()), (".prj", prj.ToArray()), (".cpg", Encoding.ASCII.GetBytes("UTF-8"))],
            rows.Count,
            skipped,
            skippedAttributes,
            crs);
    }

    /// <summary>One field per attribute name, in first-seen order: numeric when every value is a number.</summary>
    private static List<(string Name, DbfField Field)> Fields(IEnumerable<(string Name, object Value)> attributes, List<string> skipped)
    {
        var result = new List<(string, DbfField)>();
        foreach (var group in attributes.GroupBy(a => a.Name, StringComparer.Ordinal))
        {
            if (ShapefileFields.ShortName(group.Key) is not { } shortName)
            {
                skipped.Add(group.Key);
                continue;
            }

            result.Add((group.Key, group.All(a => a.Value is double)
                ? new DbfNumericDoubleField(shortName, 19, 6)
                : new DbfCharacterField(shortName, TextBytes)));
        }

        return result;
    }

    private static string Truncate(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) <= TextBytes)
        {
            return text;
        }

        var length = text.Length;
        while (Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > TextBytes)
        {
            length--;
        }

        return text[..length];
    }
}
