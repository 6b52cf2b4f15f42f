using MineralPlan.Geometry.Crs;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MineralPlan.Geometry.Database;

/// <summary>
/// The planning database as a GeoPackage (OGC 12-128r18): one feature layer per zone or block kind with the
/// DZ/T 0226 规划区 fields of <see cref="AreaRow"/>, the planned minerals as a many-to-one table keyed by 规划区编号
/// (as the standard's …KC tables), and the indicators and plan metadata as attribute tables. Geometry blobs are
/// written by NetTopologySuite.IO.GeoPackage; the GeoPackage's own tables are created here with
/// Microsoft.Data.Sqlite, because that package encodes geometry only.
/// </summary>
public static class GeoPackageWriter
{
    /// <summary>"GPKG" as a big-endian integer: PRAGMA application_id of every GeoPackage.</summary>
    private const int ApplicationId = 0x47504B47;

    /// <summary>GeoPackage 1.3.0.</summary>
    private const int UserVersion = 10300;

    /// <summary>Writes the rows into a new GeoPackage at <paramref name="path"/> (which must not exist).</summary>
    public static void Write(PlanningRows rows, string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {UserVersion};");
        CreateCoreTables(connection, rows.Crs, rows.SrsId);
        foreach (var layer in rows.Areas.GroupBy(a => a.Layer).OrderBy(g => g.Key.Table, StringComparer.Ordinal))
        {
            WriteLayer(connection, layer.Key, [.. layer], rows.SrsId);
        }

        WriteMinerals(connection, rows.Areas);
        WriteIndicators(connection, rows.Indicators);
        WriteMetadata(connection, rows);
        transaction.Commit();
    }

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

    private static void WriteLayer(SqliteConnection connection, DatabaseLayer layer, IReadOnlyList<AreaRow> rows, int srsId)
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
        foreach (var row in rows)
        {
            if (row.Geometry is { } g)
            {
                envelope.ExpandToInclude(g.EnvelopeInternal);
            }

            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$geom", row.Geometry is null ? DBNull.Value : writer.Write(row.Geometry));
            insert.Parameters.AddWithValue("$bh", Value(row.Ghqbh));
            insert.Parameters.AddWithValue("$mc", Value(row.Ghqmc));
            insert.Parameters.AddWithValue("$xzq", Value(row.Szxzq));
            insert.Parameters.AddWithValue("$lb", row.Qhqlb);
            insert.Parameters.AddWithValue("$mj", row.Ghqmj is { } area ? area : DBNull.Value);
            insert.Parameters.AddWithValue("$zb", Value(row.Gdzb));
            insert.Parameters.AddWithValue("$sj", Value(row.Ghbzsj));
            insert.Parameters.AddWithValue("$code", Value(row.GeoCode));
            insert.Parameters.AddWithValue("$jb", Value(row.Jb));
            insert.Parameters.AddWithValue("$kz", Value(row.Kz));
            insert.Parameters.AddWithValue("$plan", row.Plan);
            insert.Parameters.AddWithValue("$id", Value(row.ItemId));
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

    private static void WriteMinerals(SqliteConnection connection, IReadOnlyList<AreaRow> areas)
    {
        Attributes(connection, "planned_minerals", "规划矿种", "GHQBH TEXT NOT NULL, KZ TEXT NOT NULL, plan TEXT NOT NULL");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO planned_minerals (GHQBH, KZ, plan) VALUES ($bh, $kz, $plan)";
        foreach (var row in areas)
        {
            foreach (var mineral in row.Minerals)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$bh", row.Ghqbh ?? string.Empty);
                insert.Parameters.AddWithValue("$kz", mineral);
                insert.Parameters.AddWithValue("$plan", row.Plan);
                insert.ExecuteNonQuery();
            }
        }
    }

    private static void WriteIndicators(SqliteConnection connection, IReadOnlyList<IndicatorRow> indicators)
    {
        Attributes(connection, "indicators", "规划指标",
            "plan TEXT NOT NULL, item_id TEXT, name TEXT, category TEXT, indicator_group TEXT, minerals TEXT, measure TEXT, comparator TEXT, value REAL, unit TEXT, attribute TEXT");
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO indicators (plan, item_id, name, category, indicator_group, minerals, measure, comparator, value, unit, attribute)
            VALUES ($plan, $id, $name, $category, $group, $minerals, $measure, $comparator, $value, $unit, $attribute)
            """;
        foreach (var row in indicators)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$plan", row.Plan);
            insert.Parameters.AddWithValue("$id", Value(row.ItemId));
            insert.Parameters.AddWithValue("$name", Value(row.Name));
            insert.Parameters.AddWithValue("$category", Value(row.Category));
            insert.Parameters.AddWithValue("$group", Value(row.Group));
            insert.Parameters.AddWithValue("$minerals", Value(row.Minerals));
            insert.Parameters.AddWithValue("$measure", Value(row.Measure));
            insert.Parameters.AddWithValue("$comparator", Value(row.Comparator));
            insert.Parameters.AddWithValue("$value", row.Value is { } v ? v : DBNull.Value);
            insert.Parameters.AddWithValue("$unit", Value(row.Unit));
            insert.Parameters.AddWithValue("$attribute", Value(row.Attribute));
            insert.ExecuteNonQuery();
        }
    }

    private static void WriteMetadata(SqliteConnection connection, PlanningRows rows)
    {
        Attributes(connection, "plan_metadata", "规划元数据",
            "plan TEXT NOT NULL UNIQUE, title TEXT, level TEXT, region TEXT, region_code TEXT, parent TEXT, base_year INTEGER, period_from INTEGER, period_to INTEGER, outlook INTEGER, crs TEXT, epsg INTEGER");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO plan_metadata (plan, title, level, region, region_code, parent, base_year, period_from, period_to, outlook, crs, epsg) VALUES ($plan, $title, $level, $region, $code, $parent, $base, $from, $to, $outlook, $crs, $epsg)";
        foreach (var plan in rows.Plans)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$plan", plan.Plan);
            insert.Parameters.AddWithValue("$title", Value(plan.Title));
            insert.Parameters.AddWithValue("$level", Value(plan.Level));
            insert.Parameters.AddWithValue("$region", Value(plan.Region));
            insert.Parameters.AddWithValue("$code", Value(plan.RegionCode));
            insert.Parameters.AddWithValue("$parent", Value(plan.Parent));
            insert.Parameters.AddWithValue("$base", plan.BaseYear is { } b ? b : DBNull.Value);
            insert.Parameters.AddWithValue("$from", plan.PeriodFrom is { } f ? f : DBNull.Value);
            insert.Parameters.AddWithValue("$to", plan.PeriodTo is { } t ? t : DBNull.Value);
            insert.Parameters.AddWithValue("$outlook", plan.Outlook is { } o ? o : DBNull.Value);
            insert.Parameters.AddWithValue("$crs", rows.Crs.Text);
            insert.Parameters.AddWithValue("$epsg", rows.SrsId);
            insert.ExecuteNonQuery();
        }
    }

    private static object Value(string? text) => string.IsNullOrEmpty(text) ? DBNull.Value : text;

    private static void Attributes(SqliteConnection connection, string table, string identifier, string columns)
    {
        Execute(connection, $"CREATE TABLE {table} (fid INTEGER PRIMARY KEY AUTOINCREMENT, {columns});");
        using var contents = connection.CreateCommand();
        contents.CommandText = "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ($t, 'attributes', $i, $i)";
        contents.Parameters.AddWithValue("$t", table);
        contents.Parameters.AddWithValue("$i", identifier);
        contents.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
