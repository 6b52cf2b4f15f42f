using System.Globalization;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;
using NetTopologySuite.Geometries;

namespace MineralPlan.Geometry.Database;

/// <summary>A feature layer of the planning database: its table name and its Chinese kind (规划区类别).</summary>
public sealed record DatabaseLayer(string Table, string Chinese)
{
    /// <summary>Every layer a plan can fill, so a database holds the same tables whatever plans it received.</summary>
    public static IEnumerable<DatabaseLayer> All =>
        Words.ZoneKinds.Keywords.Select(k => new DatabaseLayer(k.English + "_zones", k.Chinese))
            .Concat(Words.BlockKinds.Keywords.Select(k => new DatabaseLayer(k.English + "_blocks", k.Chinese + "规划区块")));

    public static DatabaseLayer Of(PlanItem item) => item switch
    {
        Zone z => new((z.ZoneKind?.Word() ?? "other") + "_zones", z.ZoneKind?.Chinese() ?? "分区"),
        PlanningBlock b => new((b.BlockKind?.Word() ?? "other") + "_blocks", (b.BlockKind?.Chinese() ?? string.Empty) + "规划区块"),
        _ => new("items", "要素"),
    };
}

/// <summary>
/// One zone or block as a row of DZ/T 0226 矿产资源规划数据库's 规划区 tables: GHQBH 规划区编号, GHQMC 规划区名称,
/// SZXZQ 所在行政区, QHQLB 规划区类别, GHQMJ 规划区面积 (km²), GDZB 拐点坐标 "X1,Y1;X2,Y2;…", GHBZSJ 规划编制时间 (YYYY),
/// GEO_CODE 行政区划代码; plus JB 级别 and KZ 矿种, the plan and the item's id. The geometry is in the target system.
/// </summary>
public sealed record AreaRow(
    DatabaseLayer Layer, string Plan, string? ItemId, MultiPolygon? Geometry,
    string? Ghqbh, string? Ghqmc, string? Szxzq, string Qhqlb, double? Ghqmj, string? Gdzb, string? Ghbzsj, string? GeoCode,
    string? Jb, string? Kz, IReadOnlyList<string> Minerals);

/// <summary>An indicator row (指标): the target as the plan states it.</summary>
public sealed record IndicatorRow(string Plan, string? ItemId, string? Name, string? Category, string? Group, string? Minerals, string? Measure,
    string? Comparator, double? Value, string? Unit, string? Attribute);

/// <summary>A plan's metadata row.</summary>
public sealed record PlanRow(string Plan, string? Title, string? Level, string? Region, string? RegionCode, string? Parent,
    int? BaseYear, int? PeriodFrom, int? PeriodTo, int? Outlook);

/// <summary>The rows of the planning database for a set of plans, with their geometry in one coordinate system.</summary>
public sealed record PlanningRows(CrsSpec Crs, int SrsId, IReadOnlyList<AreaRow> Areas, IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<PlanRow> Plans)
{
    /// <param name="crs">The target system; null: one plan keeps its own, several plans share CGCS2000 lon/lat.</param>
    public static PlanningRows Of(IReadOnlyList<SpatialPlan> plans, CrsSpec? crs = null)
    {
        crs ??= plans.Count == 1 ? OwnCrs(plans[0]) : CrsSpec.LonLat;
        var srsId = EpsgCodes.Of(crs) ?? 4490;
        var areas = new List<AreaRow>();
        foreach (var spatial in plans)
        {
            var header = spatial.Plan.Header;
            foreach (var (item, _, boundary) in spatial.Items.Where(i => i.Item is Zone or PlanningBlock))
            {
                var geometry = boundary is { Native: { } g, Crs: { } from } ? Multi(from == crs ? g.Copy() : Reprojection.Transform(g, from, crs)) : null;
                if (geometry is not null)
                {
                    geometry.SRID = srsId;
                }

                var layer = DatabaseLayer.Of(item);
                areas.Add(new AreaRow(layer, header.Id, item.Id, geometry,
                    Code(item), item.Name, County(item) ?? header.Region, layer.Chinese, Area(item), geometry is null ? null : Corners(geometry),
                    Year(header), header.RegionCode, Chinese(Words.Levels, Level(item)),
                    item.Minerals.Length == 0 ? null : string.Join("、", item.Minerals.Select(m => m.Written)),
                    [.. item.Minerals.Select(m => m.Written)]));
            }
        }

        var indicators = plans.SelectMany(p => p.Plan.OfType<Indicator>().Select(i => new IndicatorRow(
            p.Plan.Header.Id, i.Id, i.Name, i.Category, i.Group,
            i.Minerals.Length == 0 ? null : string.Join("、", i.Minerals.Select(m => m.Written)),
            Chinese(Words.Measures, i.Measure),
            i.Value is { } v ? Interchange.GeoJsonExporter.QuantityText(v with { NumberText = string.Empty, UnitText = null }).Trim() is { Length: > 0 } c ? c : null : null,
            i.Value is { } q ? (double)q.Value : null, i.Value?.UnitText, Chinese(Words.Attributes, i.Attribute)))).ToList();
        var metadata = plans.Select(p => p.Plan.Header).Select(h => new PlanRow(h.Id, h.Title, Chinese(Words.Levels, h.Level), h.Region, h.RegionCode,
            h.Parent?.Text, h.BaseYear, h.PeriodFrom, h.PeriodTo, h.Outlook)).ToList();
        return new PlanningRows(crs, srsId, areas, indicators, metadata);
    }

    private static CrsSpec OwnCrs(SpatialPlan plan) =>
        CrsSpec.Parse(plan.Plan.Header.Boundary?.Crs)
        ?? plan.Items.Select(i => i.Boundary.Crs).OfType<CrsSpec>().FirstOrDefault()
        ?? plan.Region?.Boundary.Crs
        ?? CrsSpec.LonLat;

    private static MultiPolygon? Multi(NetTopologySuite.Geometries.Geometry g) => g switch
    {
        MultiPolygon m => m,
        Polygon p => g.Factory.CreateMultiPolygon([p]),
        _ => null,
    };

    /// <summary>拐点坐标 as DZ/T 0226 writes it: "X1,Y1;X2,Y2;…" of each exterior ring, in the target system.</summary>
    private static string Corners(MultiPolygon geometry) => string.Join(";", geometry.Geometries.OfType<Polygon>()
        .SelectMany(p => p.ExteriorRing.Coordinates)
        .Select(c => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(c.X, 9)},{Math.Round(c.Y, 9)}")));

    private static string? Code(PlanItem item) => (item as Zone)?.Code ?? (item as PlanningBlock)?.Code ?? item.Id;

    private static string? County(PlanItem item) => (item as Zone)?.County ?? (item as PlanningBlock)?.County;

    private static string? Level(PlanItem item) => ((item as Zone)?.Level ?? (item as PlanningBlock)?.Level)?.Word();

    private static double? Area(PlanItem item) => ((item as Zone)?.Area ?? (item as PlanningBlock)?.Area) is { Unit: { } } q ? (double)q.BaseValue : null;

    /// <summary>规划编制时间 (YYYY): the year in the plan's 日期, else the first year of its period.</summary>
    private static string? Year(PlanHeader header) =>
        header.Date is { } d && System.Text.RegularExpressions.Regex.Match(d, "(19|20)[0-9]{2}") is { Success: true } m ? m.Value
        : header.PeriodFrom?.ToString(CultureInfo.InvariantCulture);

    private static string? Chinese(Vocabulary vocabulary, string? canonical) => canonical is null ? null : vocabulary.Find(canonical)?.Chinese ?? canonical;

    private static string? Chinese(Vocabulary vocabulary, Enum? word) => word is null ? null : Chinese(vocabulary, word.Word());
}
