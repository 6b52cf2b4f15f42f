using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Database;
using MineralPlan.Geometry.Interchange;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;
using Npgsql;

namespace MineralPlan.Geometry.Rights;

/// <summary>One existing mining or exploration right (矿业权) on the ground: 许可证号, 矿业权人, 矿种 and its area.</summary>
public sealed record ExistingRight(string? Licence, string? Holder, string? Mineral, NetTopologySuite.Geometries.Geometry Shape, CrsSpec Crs, string Where)
{
    /// <summary>The mineral's catalog name (砂石 and 建筑用砂石 compare equal), or the text as the layer writes it.</summary>
    public string? MineralKey { get; } = Mineral is { } m ? Semantics.Minerals.ShippedCatalog.Minerals.Find(m)?.Name ?? m : null;
}

/// <summary>
/// A layer of existing rights for <c>check --rights</c>: a GeoJSON or shapefile (attributes 许可证号, 矿业权人, 矿种),
/// a GeoPackage (<c>rights.gpkg</c>, or <c>rights.gpkg#table</c> when it holds several feature tables) or a PostGIS
/// table (<c>postgresql://user:password@host:port/database#schema.table</c>). Features without a polygon are left out.
/// </summary>
public sealed class ExistingRights(string source, ImmutableArray<ExistingRight> rights)
{
    public string Source { get; } = source;

    public ImmutableArray<ExistingRight> Rights { get; } = rights;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<CrsSpec, ImmutableArray<NetTopologySuite.Geometries.Geometry>> _placed = new();

    /// <summary>
    /// Every right's shape in <paramref name="plane"/>, computed once per plane: a workspace check asks for the same
    /// plane plan after plan.
    /// </summary>
    public ImmutableArray<NetTopologySuite.Geometries.Geometry> In(CrsSpec plane) =>
        _placed.GetOrAdd(plane, p => [.. Rights.Select(r => r.Crs == p ? r.Shape : Reprojection.Transform(r.Shape, r.Crs, p))]);

    public const string LicenceField = "许可证号";

    public const string HolderField = "矿业权人";

    public const string MineralField = "矿种";

    /// <param name="root">The folder relative paths are resolved from.</param>
    public static (ExistingRights? Rights, string? Problem) Read(string address, string root)
    {
        try
        {
            if (address.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
            {
                return ReadPostGis(address);
            }

            var (file, table) = address.LastIndexOf('#') is var hash and > 0 ? (address[..hash], address[(hash + 1)..]) : (address, null);
            var path = Path.GetFullPath(Path.Combine(root, file));
            if (Path.GetExtension(path).Equals(".gpkg", StringComparison.OrdinalIgnoreCase))
            {
                return Syntax.Files.FileKind.ReadProblem(path, GisLayer.MaxFileBytes) is { } problem
                    ? (null, $"{file}: {problem.En} / {problem.Zh}")
                    : ReadGeoPackage(path, file, table);
            }

            var (layer, error) = GisLayer.Read(path, file);
            if (layer is null)
            {
                return (null, error is null ? file : error.Message(Language.En));
            }

            var crs = layer.Crs ?? CrsSpec.LonLat;
            return (new ExistingRights(file, [.. layer.Features
                .SelectMany(f => f.Geometry is NetTopologySuite.Geometries.Polygon or NetTopologySuite.Geometries.MultiPolygon
                    ? [new ExistingRight(f.Text(LicenceField), f.Text(HolderField), f.Text(MineralField), f.Geometry, crs, $"{file}#{f.Index}")]
                    : Array.Empty<ExistingRight>())]), null);
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or ParseException or FormatException or TimeoutException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>How long reading one GeoPackage may take before SQLite is interrupted.</summary>
    public static readonly TimeSpan GeoPackageTimeBudget = TimeSpan.FromSeconds(10);

    /// <summary>The most rights read from one table (a county has hundreds; a province's layer tens of thousands).</summary>
    public const int MaxRows = 1_000_000;

    /// <summary>The longest text or geometry SQLite may hand over (SQLITE_LIMIT_LENGTH): a generated column cannot make a gigabyte.</summary>
    private const int MaxValueBytes = 64 << 20;

    /// <summary>
    /// A GeoPackage is a database a stranger wrote: its feature table could be a view that recurses for ever or yields
    /// rows without end, or a generated column that builds a gigabyte. Only real tables are read (gpkg_geometry_columns
    /// included), every value is capped, rows are counted, and SQLite is interrupted after a time budget.
    /// </summary>
    private static (ExistingRights?, string?) ReadGeoPackage(string path, string shown, string? table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        SQLitePCL.raw.sqlite3_limit(connection.Handle, SQLitePCL.raw.SQLITE_LIMIT_LENGTH, MaxValueBytes);
        using var budget = new Timer(_ => SQLitePCL.raw.sqlite3_interrupt(connection.Handle), null, GeoPackageTimeBudget, Timeout.InfiniteTimeSpan);
        try
        {
            return ReadGeoPackage(connection, shown, table);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT)
        {
            return (null, $"{shown}: reading took longer than {GeoPackageTimeBudget.TotalSeconds:0} s and was stopped; is it a GeoPackage of plain feature tables?");
        }
    }

    private static string? NotATable(SqliteConnection connection, string name, string shown)
    {
        using var kind = connection.CreateCommand();
        kind.CommandText = "SELECT type FROM sqlite_master WHERE name = $n";
        kind.Parameters.AddWithValue("$n", name);
        var type = kind.ExecuteScalar() as string;
        return type switch
        {
            "table" => null,
            null => $"{shown}: it has no table {name}; is it a GeoPackage?",
            _ => $"{shown}: {name} is a {type}, not a table; mplan reads the feature tables of a GeoPackage, never its views",
        };
    }

    private static (ExistingRights?, string?) ReadGeoPackage(SqliteConnection connection, string shown, string? table)
    {
        if (NotATable(connection, "gpkg_geometry_columns", shown) is { } notCatalog)
        {
            return (null, notCatalog);
        }

        using var columns = connection.CreateCommand();
        columns.CommandText = "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns" + (table is null ? string.Empty : " WHERE table_name = $t");
        if (table is not null)
        {
            columns.Parameters.AddWithValue("$t", table);
        }

        var layers = new List<(string Table, string Column, long Srs)>();
        using (var reader = columns.ExecuteReader())
        {
            while (reader.Read())
            {
                layers.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        if (layers.Count != 1)
        {
            return (null, layers.Count == 0
                ? $"{shown}: no feature table{(table is null ? string.Empty : " named " + table)}"
                : $"{shown} holds {layers.Count} feature tables ({string.Join(", ", layers.Select(l => l.Table))}); name one: {shown}#table");
        }

        var (name, column, srs) = layers[0];
        if (NotATable(connection, name, shown) is { } notTable)
        {
            return (null, notTable);
        }

        var crs = GeoJsonLayerReader.FromEpsg(srs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (crs is null)
        {
            return (null, $"{shown}: EPSG {srs} is not a CGCS2000 system this tool reads (4490, 4513–4554)");
        }

        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        using var rows = select.ExecuteReader();
        var geometryReader = new GeoPackageGeoReader();
        var rights = ImmutableArray.CreateBuilder<ExistingRight>();
        var index = 0;
        var ordinal = rows.GetOrdinal(column);
        var fields = Fields.Of(rows);
        while (rows.Read())
        {
            if (index >= MaxRows)
            {
                return (null, $"{shown}: {name} holds more than {MaxRows} rows; split the layer to the region being checked");
            }

            var value = rows.IsDBNull(ordinal) ? null : rows.GetValue(ordinal);
            if (value is not (null or byte[]))
            {
                return (null, $"{shown}: row {index} of {name}: the geometry column {column} holds {value.GetType().Name.ToLowerInvariant()}, not a GeoPackage geometry");
            }

            NetTopologySuite.Geometries.Geometry? shape;
            try
            {
                shape = value is byte[] blob ? geometryReader.Read(blob) : null;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or ParseException or FormatException or IndexOutOfRangeException or EndOfStreamException or NotSupportedException)
            {
                return (null, $"{shown}: row {index} of {name}: the geometry cannot be read ({e.Message})");
            }

            if (shape is NetTopologySuite.Geometries.Polygon or NetTopologySuite.Geometries.MultiPolygon)
            {
                rights.Add(new ExistingRight(fields.Licence(rows), fields.Holder(rows), fields.Mineral(rows), shape, crs, $"{shown}#{name}:{index}"));
            }

            index++;
        }

        return (new ExistingRights(shown, rights.ToImmutable()), null);
    }

    private static (ExistingRights?, string?) ReadPostGis(string address)
    {
        var hash = address.LastIndexOf('#');
        if (hash < 0 || hash == address.Length - 1)
        {
            return (null, "name the table after '#': postgresql://user:password@host:port/database#schema.table");
        }

        var (builder, problem) = DatabaseAddress.Parse(address[..hash]);
        if (builder is null)
        {
            return (null, problem);
        }

        var table = string.Join('.', address[(hash + 1)..].Split('.').Select(part => "\"" + part.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        using var source = Database.PostGisWriter.DataSource(builder);
        using var connection = source.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT * FROM {table}", connection);
        using var rows = command.ExecuteReader();
        var rights = ImmutableArray.CreateBuilder<ExistingRight>();
        var index = 0;
        var shown = $"{builder.Host}/{builder.Database}#{address[(hash + 1)..]}";
        var fields = Fields.Of(rows);
        while (rows.Read())
        {
            for (var i = 0; i < rows.FieldCount; i++)
            {
                if (!rows.IsDBNull(i) && rows.GetValue(i) is NetTopologySuite.Geometries.Geometry { } g and (NetTopologySuite.Geometries.Polygon or NetTopologySuite.Geometries.MultiPolygon)
                    && GeoJsonLayerReader.FromEpsg(g.SRID.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } crs)
                {
                    rights.Add(new ExistingRight(fields.Licence(rows), fields.Holder(rows), fields.Mineral(rows), g, crs, $"{shown}:{index}"));
                    break;
                }
            }

            index++;
        }

        return (new ExistingRights(shown, rights.ToImmutable()), null);
    }

    /// <summary>The ordinals of the three attribute columns, found once per table (-1 when a column is absent).</summary>
    private sealed record Fields(int LicenceAt, int HolderAt, int MineralAt)
    {
        public static Fields Of(System.Data.Common.DbDataReader rows)
        {
            int At(string name) => Enumerable.Range(0, rows.FieldCount).FirstOrDefault(i => rows.GetName(i) == name, -1);
            return new Fields(At(LicenceField), At(HolderField), At(MineralField));
        }

        public string? Licence(System.Data.Common.DbDataReader rows) => Text(rows, LicenceAt);

        public string? Holder(System.Data.Common.DbDataReader rows) => Text(rows, HolderAt);

        public string? Mineral(System.Data.Common.DbDataReader rows) => Text(rows, MineralAt);

        private static string? Text(System.Data.Common.DbDataReader rows, int at) =>
            at < 0 || rows.IsDBNull(at) ? null : Convert.ToString(rows.GetValue(at), System.Globalization.CultureInfo.InvariantCulture);
    }
}
