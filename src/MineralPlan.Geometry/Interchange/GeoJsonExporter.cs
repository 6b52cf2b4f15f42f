using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;
using NetTopologySuite.Geometries;

namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// Writes every zone and block of a plan as a GeoJSON FeatureCollection, in source order, with the
/// attributes of <see cref="FeatureFields"/>. By default coordinates are CGCS2000 lon/lat (what GeoJSON
/// readers expect; CGCS2000 and WGS 84 agree to a few centimetres), rounded to 1e-9° (0.1 mm) when
/// they had to be transformed; with <c>native</c> each feature keeps the plan's own numbers and says its
/// 坐标系. A zone or block without a usable boundary is written with a null geometry.
/// </summary>
public static class GeoJsonExporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(SpatialPlan spatial, bool native)
    {
        var plan = spatial.Plan;
        var boundaries = new Dictionary<PlanItem, Reading.ResolvedBoundary>(ReferenceEqualityComparer.Instance);
        foreach (var (item, _, resolved) in spatial.Items)
        {
            boundaries[item] = resolved;
        }

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("规划", plan.Header.Id);
            if (!native)
            {
                w.WriteString(GeoJsonLayerReader.CrsMember, CrsSpec.LonLat.Text);
            }

            w.WriteStartArray("features");
            foreach (var item in plan.Items.Where(i => i is Zone or PlanningBlock))
            {
                var boundary = boundaries.GetValueOrDefault(item);
                var geometry = boundary is { Native: { } g, Crs: { } crs } ? (native ? g : ToLonLat(g, crs)) : null;
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("properties");
                w.WriteStartObject();
                Properties(w, item, native && geometry is not null ? boundary?.Crs : null);
                w.WriteEndObject();
                w.WritePropertyName("geometry");
                if (geometry is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    JsonSerializer.Serialize(w, geometry, GeoJsonLayerReader.Options);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static NetTopologySuite.Geometries.Geometry ToLonLat(NetTopologySuite.Geometries.Geometry g, CrsSpec crs)
    {
        if (crs == CrsSpec.LonLat)
        {
            return g;
        }

        var moved = Reprojection.Transform(g, crs, CrsSpec.LonLat);
        moved.Apply(new RoundFilter());
        return moved;
    }

    private static void Properties(Utf8JsonWriter w, PlanItem item, CrsSpec? crs)
    {
        foreach (var (name, value) in FeatureAttributes.Of(item, crs))
        {
            if (value is double number)
            {
                w.WriteNumber(name, number);
            }
            else
            {
                w.WriteString(name, (string)value);
            }
        }
    }

    /// <summary>A quantity as the DSL writes it: <c>&gt;= 20 万立方米/年</c>.</summary>
    public static string QuantityText(Quantity q)
    {
        var comparator = q.Comparator switch
        {
            Syntax.Tree.Comparator.LessOrEqual => "<= ",
            Syntax.Tree.Comparator.GreaterOrEqual => ">= ",
            Syntax.Tree.Comparator.Less => "< ",
            Syntax.Tree.Comparator.Greater => "> ",
            Syntax.Tree.Comparator.About => "~ ",
            _ => string.Empty,
        };
        return comparator + q.NumberText + (q.UnitText is { } u ? " " + u : string.Empty);
    }

    private sealed class RoundFilter : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, Math.Round(seq.GetX(i), 9));
                seq.SetY(i, Math.Round(seq.GetY(i), 9));
            }
        }
    }
}
