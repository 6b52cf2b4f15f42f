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
        void Text(string name, string? value)
        {
            if (value is not null)
            {
                w.WriteString(name, value);
            }
        }

        void Number(string name, decimal? value)
        {
            if (value is { } v)
            {
                w.WriteNumber(name, double.Parse(v.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            }
        }

        Text(FeatureFields.Id, item.Id);
        Text(FeatureFields.Feature, item is Zone ? FeatureFields.ZoneFeature : FeatureFields.BlockFeature);
        Text(FeatureFields.Name, item.Name);
        switch (item)
        {
            case Zone z:
                Text(FeatureFields.Kind, Chinese(Words.ZoneKinds, z.ZoneKind));
                Text(FeatureFields.Level, Chinese(Words.Levels, z.Level));
                Text(FeatureFields.Minerals, Minerals(z));
                Number(FeatureFields.Area, AreaKm2(z.Area));
                Text(FeatureFields.Code, z.Code);
                Text(FeatureFields.County, z.County);
                Text(FeatureFields.Location, z.Location);
                Text(FeatureFields.Carries, z.Carries?.Text);
                Number(FeatureFields.Rights, z.Rights?.Value);
                Number(FeatureFields.ExistingRights, z.ExistingRights?.Value);
                Text(FeatureFields.MinScale, z.MinScale is { } m ? QuantityText(m) : null);
                break;
            case PlanningBlock b:
                Text(FeatureFields.Kind, Chinese(Words.BlockKinds, b.BlockKind));
                Text(FeatureFields.Level, Chinese(Words.Levels, b.Level));
                Text(FeatureFields.Minerals, Minerals(b));
                Number(FeatureFields.Area, AreaKm2(b.Area));
                Text(FeatureFields.Code, b.Code);
                Text(FeatureFields.County, b.County);
                Text(FeatureFields.Location, b.Location);
                Text(FeatureFields.Carries, b.Carries?.Text);
                Text(FeatureFields.MineralClass, Chinese(Words.MineralClasses, b.MineralClass));
                break;
        }

        Text(FeatureFields.Note, item.Note);
        Text(FeatureFields.Crs, crs?.Text);
        foreach (var (key, value) in item.Attributes.Where(a => !FeatureFields.Known.Contains(a.Key)))
        {
            w.WriteString(key, value);
        }
    }

    private static string? Chinese(Vocabulary vocabulary, string? english) => english is null ? null : vocabulary.Find(english)?.Chinese ?? english;

    private static string? Minerals(PlanItem item) => item.Minerals.IsEmpty ? null : string.Join("、", item.Minerals.Select(m => m.Written));

    /// <summary>A declared area in km² (the unit of the planning tables), whatever unit the plan wrote it in.</summary>
    private static decimal? AreaKm2(Quantity? area) => area?.Unit is { Dimension: Semantics.Units.Dimension.Area } ? area.BaseValue : area?.Value;

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
