using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetTopologySuite.IO;
using Npgsql;

namespace MineralPlan.Geometry.Database;

/// <summary>What a push did to one plan.</summary>
public enum PushOutcome
{
    /// <summary>The plan was not in the database: its rows were added.</summary>
    Added,

    /// <summary>The plan's rows were replaced by the new version's.</summary>
    Replaced,

    /// <summary>The database already held exactly this version: nothing was written.</summary>
    Unchanged,
}

/// <summary>
/// The planning database in PostGIS (Npgsql with its NetTopologySuite plugin): the tables of
/// <see cref="GeoPackageWriter"/> in one schema, geometry in CGCS2000 lon/lat (SRID 4490) with a GiST index per
/// layer. Pushing is per plan and idempotent: a plan whose content hash is already stored is left alone; a
/// changed plan replaces its own rows, and only its own, in one transaction.
/// </summary>
public static class PostGisWriter
{
    public const string Schema = "mplan";

    /// <summary>A data source that maps PostGIS geometry to NetTopologySuite.</summary>
    public static NpgsqlDataSource DataSource(NpgsqlConnectionStringBuilder builder) =>
        new NpgsqlDataSourceBuilder(builder.ConnectionString).UseNetTopologySuite().Build();

    public static IReadOnlyList<(string Plan, PushOutcome Outcome)> Push(PlanningRows rows, NpgsqlDataSource source)
    {
        if (rows.SrsId != 4490)
        {
            throw new ArgumentException("PostGIS tables hold CGCS2000 lon/lat (SRID 4490); build the rows with CrsSpec.LonLat", nameof(rows));
        }

        using var connection = source.OpenConnection();
        // Two first pushes into an empty database both run CREATE EXTENSION/SCHEMA/TABLE IF NOT EXISTS, which is not
        // safe at once (23505 on the catalog): the schema is created under a transaction-wide advisory lock of its own.
        using (var schema = connection.BeginTransaction())
        {
            Execute(connection, "SELECT pg_advisory_xact_lock(hashtext($1))", "mplan schema " + Schema);
            CreateTables(connection);
            schema.Commit();
        }

        var outcomes = new List<(string, PushOutcome)>();
        foreach (var plan in rows.Plans)
        {
            using var transaction = connection.BeginTransaction();
            // Two pushes of the same plan at once wait for each other instead of interleaving their rows.
            Execute(connection, "SELECT pg_advisory_xact_lock(hashtext($1))", plan.Plan);
            var hash = Hash(rows, plan.Plan);
            var stored = Scalar(connection, $"SELECT content_hash FROM {Schema}.plan_metadata WHERE plan = $1", plan.Plan) as string;
            if (stored == hash)
            {
                transaction.Commit();
                outcomes.Add((plan.Plan, PushOutcome.Unchanged));
                continue;
            }

            foreach (var layer in DatabaseLayer.All.Select(l => l.Table).Append("planned_minerals").Append("indicators").Append("plan_metadata"))
            {
                Execute(connection, $"DELETE FROM {Schema}.{layer} WHERE plan = $1", plan.Plan);
            }

            Insert(connection, rows, plan, hash);
            transaction.Commit();
            outcomes.Add((plan.Plan, stored is null ? PushOutcome.Added : PushOutcome.Replaced));
        }

        return outcomes;
    }

    private static void CreateTables(NpgsqlConnection connection)
    {
        var sql = new StringBuilder();
        sql.Append("CREATE EXTENSION IF NOT EXISTS postgis; CREATE SCHEMA IF NOT EXISTS ").Append(Schema).Append(';');
        foreach (var layer in DatabaseLayer.All)
        {
            sql.Append(CultureInfo.InvariantCulture, $"""
                CREATE TABLE IF NOT EXISTS {Schema}.{layer.Table} (
                  plan text NOT NULL, item_key text NOT NULL, geom geometry(MultiPolygon, 4490),
                  "GHQBH" text, "GHQMC" text, "SZXZQ" text, "QHQLB" text, "GHQMJ" double precision, "GDZB" text, "GHBZSJ" text, "GEO_CODE" text,
                  "JB" text, "KZ" text, PRIMARY KEY (plan, item_key));
                CREATE INDEX IF NOT EXISTS {layer.Table}_geom_gist ON {Schema}.{layer.Table} USING GIST (geom);
                COMMENT ON TABLE {Schema}.{layer.Table} IS '{layer.Chinese}（DZ/T 0226 规划区属性结构）';
                """);
        }

        sql.Append(CultureInfo.InvariantCulture, $"""
            CREATE TABLE IF NOT EXISTS {Schema}.planned_minerals (plan text NOT NULL, "GHQBH" text NOT NULL, "KZ" text NOT NULL, PRIMARY KEY (plan, "GHQBH", "KZ"));
            CREATE TABLE IF NOT EXISTS {Schema}.indicators (plan text NOT NULL, item_key text NOT NULL, name text, category text, indicator_group text,
              minerals text, measure text, comparator text, value double precision, unit text, attribute text, PRIMARY KEY (plan, item_key));
            CREATE TABLE IF NOT EXISTS {Schema}.plan_metadata (plan text PRIMARY KEY, title text, level text, region text, region_code text, parent text,
              base_year integer, period_from integer, period_to integer, outlook integer, crs text, epsg integer, content_hash text NOT NULL);
            """);
        using var command = new NpgsqlCommand(sql.ToString(), connection);
        command.ExecuteNonQuery();
    }

    private static void Insert(NpgsqlConnection connection, PlanningRows rows, PlanRow plan, string hash)
    {
        var index = 0;
        foreach (var row in rows.Areas.Where(a => a.Plan == plan.Plan))
        {
            index++;
            using var insert = new NpgsqlCommand($"""
                INSERT INTO {Schema}.{row.Layer.Table} (plan, item_key, geom, "GHQBH", "GHQMC", "SZXZQ", "QHQLB", "GHQMJ", "GDZB", "GHBZSJ", "GEO_CODE", "JB", "KZ")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                """, connection);
            Add(insert, row.Plan, Key(row.ItemId, row.Ghqbh, index), row.Geometry, row.Ghqbh, row.Ghqmc, row.Szxzq, row.Qhqlb, row.Ghqmj, row.Gdzb, row.Ghbzsj, row.GeoCode, row.Jb, row.Kz);
            insert.ExecuteNonQuery();
            foreach (var mineral in row.Minerals.Distinct(StringComparer.Ordinal))
            {
                Execute(connection, $"INSERT INTO {Schema}.planned_minerals (plan, \"GHQBH\", \"KZ\") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    row.Plan, row.Ghqbh ?? Key(row.ItemId, null, index), mineral);
            }
        }

        index = 0;
        foreach (var row in rows.Indicators.Where(i => i.Plan == plan.Plan))
        {
            index++;
            Execute(connection, $"""
                INSERT INTO {Schema}.indicators (plan, item_key, name, category, indicator_group, minerals, measure, comparator, value, unit, attribute)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                """, row.Plan, Key(row.ItemId, row.Name, index), row.Name, row.Category, row.Group, row.Minerals, row.Measure, row.Comparator, row.Value, row.Unit, row.Attribute);
        }

        Execute(connection, $"""
            INSERT INTO {Schema}.plan_metadata (plan, title, level, region, region_code, parent, base_year, period_from, period_to, outlook, crs, epsg, content_hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """, plan.Plan, plan.Title, plan.Level, plan.Region, plan.RegionCode, plan.Parent, plan.BaseYear, plan.PeriodFrom, plan.PeriodTo, plan.Outlook,
            rows.Crs.Text, rows.SrsId, hash);
    }

    /// <summary>A row's key within its plan: the item's id, else its code or name, else its position.</summary>
    private static string Key(string? id, string? fallback, int index) => id ?? fallback ?? "#" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// SHA-256 over every row of one plan: the rows as JSON (culture-invariant numbers), the geometry as WKB.
    /// Equal hashes, equal rows.
    /// </summary>
    private static string Hash(PlanningRows rows, string plan)
    {
        var text = new StringBuilder();
        var wkb = new WKBWriter();
        foreach (var row in rows.Areas.Where(a => a.Plan == plan))
        {
            text.Append(JsonSerializer.Serialize(row with { Geometry = null }))
                .Append(row.Geometry is null ? "-" : Convert.ToHexString(wkb.Write(row.Geometry))).Append('\n');
        }

        text.Append(JsonSerializer.Serialize(rows.Indicators.Where(i => i.Plan == plan)))
            .Append(JsonSerializer.Serialize(rows.Plans.First(p => p.Plan == plan)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Add(NpgsqlCommand command, params object?[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql, params object?[] values)
    {
        using var command = new NpgsqlCommand(sql, connection);
        Add(command, values);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(NpgsqlConnection connection, string sql, params object?[] values)
    {
        using var command = new NpgsqlCommand(sql, connection);
        Add(command, values);
        return command.ExecuteScalar();
    }
}
