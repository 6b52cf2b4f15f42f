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
public sealed record ExistingRight(string? Licence, string? Holder, string? Mineral, NetTopologySuite.Geometries.Geometry Shape, CrsSpec Crs, string Where);

/// <summary>
/// A layer of existing rights for <c>check --rights</c>: a GeoJSON or shapefile (attributes 许可证号, 矿业权人, 矿种),
/// a GeoPackage (<c>rights.gpkg</c>, or <c>rights.gpkg#table</c> when it holds several feature tables) or a PostGIS
/// table (<c>postgresql://user:password@host:port/database#schema.table</c>). Features without a polygon are left out.
/// </summary>
public sealed record ExistingRights(string Source, ImmutableArray<ExistingRight> Rights)
{
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
            return (new ExistingRights(file, [.. layer.Features.Where(f => f.Geometry is NetTopologySuite.Geometries.Polygon or NetTopologySuite.Geometries.MultiPolygon)
                .Select(f => new ExistingRight(f.Text(LicenceField), f.Text(HolderField), f.Text(MineralField), f.Geometry!, crs, $"{file}#{f.Index}"))]), null);
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or ParseException or FormatException or TimeoutException)
        {
            return (null, e.Message);
        }
    }

    private static (ExistingRights?, string?) ReadGeoPackage(string path, string shown, string? table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
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
        while (rows.Read())
        {
            var ordinal = rows.GetOrdinal(column);
            if (!rows.IsDBNull(ordinal) && geometryReader.Read((byte[])rows.GetValue(ordinal)) is NetTopologySuite.Geometries.Polygon or NetTopologySuite.Geometries.MultiPolygon)
            {
                var shape = geometryReader.Read((byte[])rows.GetValue(ordinal));
                rights.Add(new ExistingRight(Text(rows, LicenceField), Text(rows, HolderField), Text(rows, MineralField), shape, crs, $"{shown}#{name}:{index}"));
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
        while (rows.Read())
        {
            for (var i = 0; i < rows.FieldCount; i++)
            {
                if (!rows.IsDBNull(i) && rows.GetValue(i) is NetTopologySuite.Geometries.Geometry { } g and (NetTopologySuite.Geometries.Polygon or NetTopologySuite.Geometries.MultiPolygon)
                    && GeoJsonLayerReader.FromEpsg(g.SRID.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } crs)
                {
                    rights.Add(new ExistingRight(Text(rows, LicenceField), Text(rows, HolderField), Text(rows, MineralField), g, crs, $"{shown}:{index}"));
                    break;
                }
            }

            index++;
        }

        return (new ExistingRights(shown, rights.ToImmutable()), null);
    }

    private static string? Text(System.Data.Common.DbDataReader rows, string name)
    {
        for (var i = 0; i < rows.FieldCount; i++)
        {
            if (rows.GetName(i) == name)
            {
                return rows.IsDBNull(i) ? null : Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
