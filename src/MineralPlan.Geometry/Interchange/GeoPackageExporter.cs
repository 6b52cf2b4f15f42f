using System.Globalization;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// The planning database as a GeoPackage (OGC 12-128r18): one feature layer per zone or block kind, with the
/// attribute structure of DZ/T 0226 矿产资源规划数据库's 规划区 tables (GHQBH 规划区编号, GHQMC 规划区名称,
/// SZXZQ 所在行政区, QHQLB 规划区类别, GHQMJ 规划区面积 in km², GDZB 拐点坐标 "X1,Y1;X2,Y2;…", GHBZSJ 规划编制时间,
/// GEO_CODE 行政区划代码), the planned minerals as a many-to-one table keyed by 规划区编号 (as the standard's
/// …KC tables), and the plans' indicators and metadata as attribute tables. Geometry blobs are written by
/// NetTopologySuite.IO.GeoPackage; the GeoPackage's own tables are created here with Microsoft.Data.Sqlite,
/// because that package encodes geometry only.
/// </summary>
public static class GeoPackageExporter
{
    /// <summary>"GPKG" as a big-endian integer: PRAGMA application_id of every GeoPackage.</summary>
    private const int ApplicationId = 0x47504B47;

    /// <summary>GeoPackage 1.3.0.</summary>
    private const int UserVersion = 10300;

    /// <summary>
    /// Writes <paramref name="plans"/> into a new GeoPackage at <paramref name="path"/> (which must not exist).
    /// One plan keeps its own coordinate system; several plans share CGCS2000 lon/lat (EPSG 4490).
    /// </summary>
    public static void Write(IReadOnlyList<SpatialPlan> plans, string path)
    {
        var crs = plans.Count == 1 ? LayerCrs(plans[0]) : CrsSpec.LonLat;
        var srsId = EpsgCodes.Of(crs) ?? 4490;
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {UserVersion};");
        CreateCoreTables(connection, crs, srsId);

        var layers = plans.SelectMany(p => p.Items.Where(i => i.Item is Zone or PlanningBlock).Select(i => (Plan: p.Plan, i.Item, i.Boundary)))
            .GroupBy(i => Layer.Of(i.Item))
            .OrderBy(g => g.Key.Table, StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            WriteLayer(connection, layer.Key, [.. layer], crs, srsId);
        }

        WriteMinerals(connection, plans);
        WriteIndicators(connection, plans);
        WriteMetadata(connection, plans, crs, srsId);
        transaction.Commit();
    }

    private static CrsSpec LayerCrs(SpatialPlan plan) =>
        CrsSpec.Parse(plan.Plan.Header.Boundary?.Crs)
        ?? plan.Items.Select(i => i.Boundary.Crs).OfType<CrsSpec>().FirstOrDefault()
        ?? plan.Region?.Boundary.Crs
        ?? CrsSpec.LonLat;

    private static void CreateCoreTables(SqliteConnection connection, CrsSpec crs, int srsId)
    {
        Execute(connection, """
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
            INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326,
              'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]',
              'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
            """);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $id, 'EPSG', $id, $wkt, $description)";
        command.Parameters.AddWithValue("$name", crs.Text);
        command.Parameters.AddWithValue("$id", srsId);
        command.Parameters.AddWithValue("$wkt", Projections.Wkt(crs));
        command.Parameters.AddWithValue("$description", "CGCS2000 (国家2000坐标系)");
        command.ExecuteNonQuery();
    }

    private static void WriteLayer(SqliteConnection connection, Layer layer, IReadOnlyList<(Plan Plan, PlanItem Item, Reading.ResolvedBoundary Boundary)> rows, CrsSpec crs, int srsId)
    {
        Execute(connection, $"""
            CREATE TABLE "{layer.Table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON,
              GHQBH TEXT, GHQMC TEXT, SZXZQ TEXT, QHQLB TEXT, GHQMJ REAL, GDZB TEXT, GHBZSJ TEXT, GEO_CODE TEXT,
              JB TEXT, KZ TEXT, plan TEXT NOT NULL, item_id TEXT);
            """);
        var writer = new GeoPackageGeoWriter();
        var envelope = new Envelope();
        using var insert = connection.CreateCommand();
        insert.CommandText = $"""
            INSERT INTO "{layer.Table}" (geom, GHQBH, GHQMC, SZXZQ, QHQLB, GHQMJ, GDZB, GHBZSJ, GEO_CODE, JB, KZ, plan, item_id)
            VALUES ($geom, $bh, $mc, $xzq, $lb, $mj, $zb, $sj, $code, $jb, $kz, $plan, $id)
            """;
        foreach (var (plan, item, boundary) in rows)
        {
            var geometry = boundary is { Native: { } g, Crs: { } from } ? Multi(from == crs ? g : Reprojection.Transform(g, from, crs)) : null;
            if (geometry is not null)
            {
                geometry.SRID = srsId;
                envelope.ExpandToInclude(geometry.EnvelopeInternal);
            }

            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$geom", geometry is null ? DBNull.Value : writer.Write(geometry));
            insert.Parameters.AddWithValue("$bh", Value(Code(item)));
            insert.Parameters.AddWithValue("$mc", Value(item.Name));
            insert.Parameters.AddWithValue("$xzq", Value(County(item) ?? plan.Header.Region));
            insert.Parameters.AddWithValue("$lb", layer.Chinese);
            insert.Parameters.AddWithValue("$mj", Area(item) is { } area ? area : DBNull.Value);
            insert.Parameters.AddWithValue("$zb", Value(geometry is null ? null : Corners(geometry)));
            insert.Parameters.AddWithValue("$sj", Value(Year(plan.Header)));
            insert.Parameters.AddWithValue("$code", Value(plan.Header.RegionCode));
            insert.Parameters.AddWithValue("$jb", Value(Chinese(Words.Levels, Level(item))));
            insert.Parameters.AddWithValue("$kz", Value(string.Join("、", item.Minerals.Select(m => m.Written))));
            insert.Parameters.AddWithValue("$plan", plan.Header.Id);
            insert.Parameters.AddWithValue("$id", Value(item.Id));
            insert.ExecuteNonQuery();
        }

        using var contents = connection.CreateCommand();
        contents.CommandText = """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
            VALUES ($t, 'features', $identifier, $description, $minx, $miny, $maxx, $maxy, $srs);
            INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', 'MULTIPOLYGON', $srs, 0, 0);
            """;
        contents.Parameters.AddWithValue("$t", layer.Table);
        contents.Parameters.AddWithValue("$identifier", layer.Chinese);
        contents.Parameters.AddWithValue("$description", layer.Chinese + "（DZ/T 0226 规划区属性结构）");
        contents.Parameters.AddWithValue("$minx", envelope.IsNull ? DBNull.Value : envelope.MinX);
        contents.Parameters.AddWithValue("$miny", envelope.IsNull ? DBNull.Value : envelope.MinY);
        contents.Parameters.AddWithValue("$maxx", envelope.IsNull ? DBNull.Value : envelope.MaxX);
        contents.Parameters.AddWithValue("$maxy", envelope.IsNull ? DBNull.Value : envelope.MaxY);
        contents.Parameters.AddWithValue("$srs", srsId);
        contents.ExecuteNonQuery();
    }

    private static void WriteMinerals(SqliteConnection connection, IReadOnlyList<SpatialPlan> plans)
    {
        Attributes(connection, "planned_minerals", "规划矿种", "GHQBH TEXT NOT NULL, KZ TEXT NOT NULL, plan TEXT NOT NULL");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO planned_minerals (GHQBH, KZ, plan) VALUES ($bh, $kz, $plan)";
        foreach (var plan in plans.Select(p => p.Plan))
        {
            foreach (var item in plan.Items.Where(i => i is Zone or PlanningBlock))
            {
                foreach (var mineral in item.Minerals)
                {
                    insert.Parameters.Clear();
                    insert.Parameters.AddWithValue("$bh", Code(item) ?? string.Empty);
                    insert.Parameters.AddWithValue("$kz", mineral.Written);
                    insert.Parameters.AddWithValue("$plan", plan.Header.Id);
                    insert.ExecuteNonQuery();
                }
            }
        }
    }

    private static void WriteIndicators(SqliteConnection connection, IReadOnlyList<SpatialPlan> plans)
    {
        Attributes(connection, "indicators", "规划指标",
            "plan TEXT NOT NULL, item_id TEXT, name TEXT, category TEXT, indicator_group TEXT, minerals TEXT, measure TEXT, comparator TEXT, value REAL, unit TEXT, attribute TEXT");
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO indicators (plan, item_id, name, category, indicator_group, minerals, measure, comparator, value, unit, attribute)
            VALUES ($plan, $id, $name, $category, $group, $minerals, $measure, $comparator, $value, $unit, $attribute)
            """;
        foreach (var plan in plans.Select(p => p.Plan))
        {
            foreach (var indicator in plan.OfType<Indicator>())
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$plan", plan.Header.Id);
                insert.Parameters.AddWithValue("$id", Value(indicator.Id));
                insert.Parameters.AddWithValue("$name", Value(indicator.Name));
                insert.Parameters.AddWithValue("$category", Value(indicator.Category));
                insert.Parameters.AddWithValue("$group", Value(indicator.Group));
                insert.Parameters.AddWithValue("$minerals", Value(string.Join("、", indicator.Minerals.Select(m => m.Written))));
                insert.Parameters.AddWithValue("$measure", Value(Chinese(Words.Measures, indicator.Measure)));
                insert.Parameters.AddWithValue("$comparator", Value(indicator.Value is { } v ? GeoJsonExporter.QuantityText(v with { NumberText = string.Empty, UnitText = null }).Trim() : null));
                insert.Parameters.AddWithValue("$value", indicator.Value is { } q ? (double)q.Value : DBNull.Value);
                insert.Parameters.AddWithValue("$unit", Value(indicator.Value?.UnitText));
                insert.Parameters.AddWithValue("$attribute", Value(Chinese(Words.Attributes, indicator.Attribute)));
                insert.ExecuteNonQuery();
            }
        }
    }

    private static void WriteMetadata(SqliteConnection connection, IReadOnlyList<SpatialPlan> plans, CrsSpec crs, int srsId)
    {
        Attributes(connection, "plan_metadata", "规划元数据",
            "plan TEXT NOT NULL UNIQUE, title TEXT, level TEXT, region TEXT, region_code TEXT, parent TEXT, base_year INTEGER, period_from INTEGER, period_to INTEGER, outlook INTEGER, crs TEXT, epsg INTEGER");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO plan_metadata (plan, title, level, region, region_code, parent, base_year, period_from, period_to, outlook, crs, epsg) VALUES ($plan, $title, $level, $region, $code, $parent, $base, $from, $to, $outlook, $crs, $epsg)";
        foreach (var header in plans.Select(p => p.Plan.Header))
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$plan", header.Id);
            insert.Parameters.AddWithValue("$title", Value(header.Title));
            insert.Parameters.AddWithValue("$level", Value(Chinese(Words.Levels, header.Level)));
            insert.Parameters.AddWithValue("$region", Value(header.Region));
            insert.Parameters.AddWithValue("$code", Value(header.RegionCode));
            insert.Parameters.AddWithValue("$parent", Value(header.Parent?.Text));
            insert.Parameters.AddWithValue("$base", header.BaseYear is { } b ? b : DBNull.Value);
            insert.Parameters.AddWithValue("$from", header.PeriodFrom is { } f ? f : DBNull.Value);
            insert.Parameters.AddWithValue("$to", header.PeriodTo is { } t ? t : DBNull.Value);
            insert.Parameters.AddWithValue("$outlook", header.Outlook is { } o ? o : DBNull.Value);
            insert.Parameters.AddWithValue("$crs", crs.Text);
            insert.Parameters.AddWithValue("$epsg", srsId);
            insert.ExecuteNonQuery();
        }
    }

    private static void Attributes(SqliteConnection connection, string table, string identifier, string columns)
    {
        Execute(connection, $"CREATE TABLE {table} (fid INTEGER PRIMARY KEY AUTOINCREMENT, {columns});");
        using var contents = connection.CreateCommand();
        contents.CommandText = "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ($t, 'attributes', $i, $i)";
        contents.Parameters.AddWithValue("$t", table);
        contents.Parameters.AddWithValue("$i", identifier);
        contents.ExecuteNonQuery();
    }

    private static MultiPolygon? Multi(NetTopologySuite.Geometries.Geometry g) => g switch
    {
        MultiPolygon m => m,
        Polygon p => g.Factory.CreateMultiPolygon([p]),
        _ => null,
    };

    /// <summary>拐点坐标 as DZ/T 0226 writes it: "X1,Y1;X2,Y2;…" of each exterior ring, in the layer's system.</summary>
    private static string Corners(MultiPolygon geometry) => string.Join(";", geometry.Geometries.OfType<Polygon>()
        .SelectMany(p => p.ExteriorRing.Coordinates)
        .Select(c => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(c.X, 9)},{Math.Round(c.Y, 9)}")));

    private static string? Code(PlanItem item) => (item as Zone)?.Code ?? (item as PlanningBlock)?.Code ?? item.Id;

    private static string? County(PlanItem item) => (item as Zone)?.County ?? (item as PlanningBlock)?.County;

    private static string? Level(PlanItem item) => (item as Zone)?.Level ?? (item as PlanningBlock)?.Level;

    private static double? Area(PlanItem item) => ((item as Zone)?.Area ?? (item as PlanningBlock)?.Area) is { Unit: { } } q ? (double)q.BaseValue : null;

    /// <summary>规划编制时间 (YYYY): the year in the plan's 日期, else the first year of its period.</summary>
    private static string? Year(PlanHeader header) =>
        header.Date is { } d && System.Text.RegularExpressions.Regex.Match(d, "(19|20)[0-9]{2}") is { Success: true } m ? m.Value
        : header.PeriodFrom?.ToString(CultureInfo.InvariantCulture);

    private static string? Chinese(Vocabulary vocabulary, string? canonical) => canonical is null ? null : vocabulary.Find(canonical)?.Chinese ?? canonical;

    private static object Value(string? text) => string.IsNullOrEmpty(text) ? DBNull.Value : text;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A feature layer: its table name and its Chinese kind (规划区类别).</summary>
    private sealed record Layer(string Table, string Chinese)
    {
        public static Layer Of(PlanItem item) => item switch
        {
            Zone z => new((z.ZoneKind ?? "other") + "_zones", Words.ZoneKinds.Find(z.ZoneKind ?? string.Empty)?.Chinese ?? "分区"),
            PlanningBlock b => new((b.BlockKind ?? "other") + "_blocks", (Words.BlockKinds.Find(b.BlockKind ?? string.Empty)?.Chinese ?? string.Empty) + "规划区块"),
            _ => new("items", "要素"),
        };
    }
}
