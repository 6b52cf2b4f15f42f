using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Crs;
using MineralPlan.Semantics.Schema;
using MineralPlan.Syntax.Formatting;
using NetTopologySuite.Geometries;

namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// Turns a GIS layer into DSL declarations: one 分区 (zone kinds) or 区块 (勘查/开采) per polygon feature,
/// with 坐标系 and 边界 rings (every outer ring followed by its 挖空 holes) and the attributes of
/// <see cref="FeatureFields"/>; any other attribute goes into 其他属性. The result is a plan file without a
/// header, to be put into a plan folder, and is formatted as <c>mplan fmt</c> would. Reading back what
/// <see cref="GeoJsonExporter"/> wrote gives the same items.
/// </summary>
public static class FeatureImporter
{
    public static (string? Text, ImmutableArray<Diagnostic> Diagnostics) Import(GisLayer layer, string displayPath, ImportOptions options)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var text = new StringBuilder();
        text.Append("// Imported by mplan import from ").Append(Path.GetFileName(layer.Path)).Append(".\n");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var isShapefile = layer.Path.EndsWith(".shp", StringComparison.OrdinalIgnoreCase);
        foreach (var f in layer.Features)
        {
            var which = "#" + f.Index.ToString(CultureInfo.InvariantCulture);
            var geometry = f.Geometry;
            if (geometry is not null and not (Polygon or MultiPolygon))
            {
                diagnostics.Add(Diagnostic.Create(GeometryDiagnostics.ImportSkipped, f.Span, which,
                    $"its geometry is a {geometry.GeometryType}, not a polygon", $"其几何为 {geometry.GeometryType}，不是面"));
                continue;
            }

            var kindText = f.Text(FeatureFields.Kind) ?? options.Kind;
            var zoneKind = kindText is null ? null : Words.ZoneKinds.Find(kindText);
            var blockKind = kindText is null ? null : Words.BlockKinds.Find(kindText);
            if (zoneKind is null && blockKind is null)
            {
                var why = kindText is null ? new Bilingual("none given", "未给出") : new Bilingual($"'{kindText}' is neither a zone kind nor 勘查/开采", $"“{kindText}”既不是分区类型，也不是勘查/开采");
                diagnostics.Add(Diagnostic.Create(GeometryDiagnostics.ImportKindUnknown, f.Span, which, why));
                continue;
            }

            var crs = geometry is null ? null : options.Crs ?? CrsSpec.Parse(f.Text(FeatureFields.Crs)) ?? layer.Crs ?? (isShapefile ? null : CrsSpec.LonLat);
            if (geometry is not null && crs is null)
            {
                diagnostics.Add(Diagnostic.Create(GeometryDiagnostics.ImportUnreadable, f.Span,
                    new Bilingual($"feature {which}: the shapefile has no usable .prj; pass --crs (e.g. \"CGCS2000 GK3 40\")", $"要素 {which}：shapefile 没有可识别的 .prj，请加 --crs（如 \"CGCS2000 GK3 40\"）")));
                return (null, diagnostics.ToImmutable());
            }

            // A geometry with a coordinate no plan can hold (1e400 reads as infinity) is not written: the
            // declaration keeps its attributes and the warning names it, so nothing is lost silently.
            if (geometry is null || geometry.Coordinates.Any(c => !Usable(c.X) || !Usable(c.Y)))
            {
                var why = geometry is null ? new Bilingual("it has no geometry", "没有几何") : new Bilingual("a coordinate is not a finite number of at most 10^15", "有坐标不是不超过 10^15 的有限数值");
                diagnostics.Add(Diagnostic.Create(GeometryDiagnostics.ImportNoGeometry, f.Span, which, why));
                geometry = null;
            }

            text.Append('\n');
            Declaration(text, f, zoneKind, blockKind, crs, geometry, options, ids, (field, value) => diagnostics.Add(
                Diagnostic.Create(GeometryDiagnostics.ImportNumberDropped, f.Span, which, field, value.ToString(CultureInfo.InvariantCulture))));

            // A plan file over the size check reads would be written and then refused (MP0009): stop here, before it grows
            // further, and say so (a character is at least one byte, so the text's length is a lower bound of its size).
            if (text.Length > options.MaxTextLength)
            {
                var mb = Math.Max(1, options.MaxTextLength >> 20);
                diagnostics.Add(Diagnostic.Create(GeometryDiagnostics.ImportUnreadable, f.Span, new Bilingual(
                    $"by feature {which} the plan text passes the {mb} MB a plan file may hold; nothing is written: import the layer in parts (a filter in the GIS), or simplify its polygons",
                    $"到要素 {which} 时规划文本已超过单个规划文件上限 {mb} MB，未写入：请在 GIS 中分批导出图层后分别导入，或简化其多边形")));
                return (null, diagnostics.ToImmutable());
            }
        }

        // The formatter is only given files with declarations (a comment-only file has nothing to lay out).
        var formatted = ids.Count > 0 || text.ToString().Contains('{', StringComparison.Ordinal) ? PlanFormatter.Format(text.ToString(), displayPath).Text : null;
        return (formatted ?? text.ToString(), diagnostics.ToImmutable());
    }

    private static void Declaration(StringBuilder text, GisFeature f, Keyword? zoneKind, Keyword? blockKind, CrsSpec? crs,
        NetTopologySuite.Geometries.Geometry? geometry, ImportOptions options, HashSet<string> ids, Action<string, double> dropped)
    {
        var isZone = zoneKind is not null;
        var name = f.Text(options.NameField ?? FeatureFields.Name);
        var id = Id(f.Text(options.IdField ?? FeatureFields.Id) ?? f.Id, name is null ? f.Index : null, ids);
        text.Append(isZone ? "分区" : "区块");
        if (id is not null)
        {
            text.Append(' ').Append(id);
        }

        if (name is not null)
        {
            text.Append(' ').Append(DslText.Quote(name));
        }

        text.Append(" {\n");
        var others = new List<string>();
        void Line(string key, string value) => text.Append("    ").Append(key).Append(": ").Append(value).Append('\n');

        Line("类型", (zoneKind ?? blockKind)?.Chinese ?? string.Empty);
        if ((f.Text(FeatureFields.Level) ?? options.Level) is { } level)
        {
            if (Words.Levels.Find(level) is { } l)
            {
                Line("级别", l.Chinese);
            }
            else
            {
                others.Add(Pair(FeatureFields.Level, level));
            }
        }

        if (f.Text(FeatureFields.Minerals) is { } minerals)
        {
            var list = minerals.Split(['、', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Line("矿种", list.Length == 1 ? DslText.Quote(list[0]) : "[" + string.Join(", ", list.Select(DslText.Quote)) + "]");
        }

        if (f[FeatureFields.Area] is double badArea && !Usable(badArea))
        {
            dropped(FeatureFields.Area, badArea);
        }
        else if (f[FeatureFields.Area] is double area)
        {
            Line("面积", DslText.Number(area) + " km2");
        }

        Optional(FeatureFields.Code, "编号");
        Optional(FeatureFields.County, "所在行政区");
        Optional(FeatureFields.Location, "位置");
        if (f.Text(FeatureFields.Carries) is { } carries)
        {
            if (DslText.IsReference(carries))
            {
                Line("落实", carries);
            }
            else
            {
                others.Add(Pair(FeatureFields.Carries, carries));
            }
        }

        ZoneOnly(FeatureFields.Rights, "投放数量", v => DslText.Number(v) + " 个");
        ZoneOnly(FeatureFields.ExistingRights, "现有矿业权", v => DslText.Number(v) + " 个");
        if (f.Text(FeatureFields.MinScale) is { } minScale)
        {
            if (isZone)
            {
                Line("最低规模", minScale);
            }
            else
            {
                others.Add(Pair(FeatureFields.MinScale, minScale));
            }
        }

        if (f.Text(FeatureFields.MineralClass) is { } mineralClass)
        {
            if (!isZone && Words.MineralClasses.Find(mineralClass) is { } c)
            {
                Line("矿类", c.Chinese);
            }
            else
            {
                others.Add(Pair(FeatureFields.MineralClass, mineralClass));
            }
        }

        Optional(FeatureFields.Note, "备注");
        foreach (var (key, _) in f.Attributes.Where(a => !FeatureFields.Known.Contains(a.Key) && a.Key != options.IdField && a.Key != options.NameField))
        {
            if (f.Text(key) is { } value)
            {
                others.Add(Pair(key, value));
            }
        }

        if (others.Count > 0)
        {
            Line("其他属性", "[" + string.Join(", ", others) + "]");
        }

        if (geometry is not null && crs is not null)
        {
            Line("坐标系", DslText.Quote(crs.Text));
            Line("边界", Rings(geometry));
        }

        text.Append("}\n");

        void Optional(string field, string key)
        {
            if (f.Text(field) is { } value)
            {
                Line(key, DslText.Quote(value));
            }
        }

        void ZoneOnly(string field, string key, Func<double, string> write)
        {
            if (f[field] is double bad && !Usable(bad))
            {
                dropped(field, bad);
            }
            else if (f[field] is double v && isZone)
            {
                Line(key, write(v));
            }
            else if (f.Text(field) is { } value)
            {
                others.Add(Pair(field, value));
            }
        }
    }

    /// <summary>A number a plan can hold (Semantics QuantityRange): finite and at most 10^15.</summary>
    private static bool Usable(double v) => double.IsFinite(v) && Math.Abs(v) <= (double)Semantics.Units.QuantityRange.Max;

    private static string Pair(string key, string value) => DslText.Quote(key) + " = " + DslText.Quote(value);

    /// <summary>Rings in DSL order: each polygon's outer ring, then its holes labelled 挖空.</summary>
    private static string Rings(NetTopologySuite.Geometries.Geometry geometry)
    {
        var rings = new List<string>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon p)
            {
                rings.Add(DslText.Ring(p.ExteriorRing));
                rings.AddRange(p.InteriorRings.Select(h => "挖空 = " + DslText.Ring(h)));
            }
        }

        return "[" + string.Join(", ", rings) + "]";
    }

    /// <summary>The feature's id when it can be a DSL id and is not taken; a generated F1, F2 … only when the feature has no name either.</summary>
    private static string? Id(string? wanted, int? index, HashSet<string> taken)
    {
        if (wanted is not null && DslText.IsName(wanted) && taken.Add(wanted))
        {
            return wanted;
        }

        if (wanted is null && index is null)
        {
            return null;
        }

        var stem = wanted is not null && DslText.IsName(wanted) ? wanted + "_" : "F";
        for (var n = (index ?? 0) + 1; ; n++)
        {
            var candidate = stem + n.ToString(CultureInfo.InvariantCulture);
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
