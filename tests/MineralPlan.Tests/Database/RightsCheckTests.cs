using Microsoft.Data.Sqlite;
using MineralPlan.Tests.Infrastructure;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MineralPlan.Tests.Database;

/// <summary>
/// <c>check --rights</c>: new blocks and 集中开采区 against a layer of existing rights (DOMAIN.md C10), from GeoJSON,
/// GeoPackage and PostGIS; broken layers are bad input.
/// </summary>
public sealed class RightsCheckTests
{
    // The example city's KC01 (铜矿, 勘查) is the rectangle 490000–492000 × 4485000–4486500 in CGCS2000 GK3 CM120.
    private static string Feature(string licence, string holder, string mineral, double x0, double x1) => $$$"""
        {"type": "Feature", "properties": {"许可证号": "{{{licence}}}", "矿业权人": "{{{holder}}}", "矿种": "{{{mineral}}}"},
         "geometry": {"type": "Polygon", "coordinates": [[[{{{x0}}}, 4485000], [{{{x1}}}, 4485000], [{{{x1}}}, 4486500], [{{{x0}}}, 4486500], [{{{x0}}}, 4485000]]]}}
        """;

    private static string Layer(params string[] features) =>
        "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4549\"}}, \"features\": [" + string.Join(",", features) + "]}";

    /// <summary>Writes rights.gpkg in the workspace from SQL (a GeoPackage is SQLite: what a stranger's file can hold).</summary>
    private static void GeoPackage(TempFolder temp, string sql)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(temp.Path, "rights.gpkg")};Pooling=False");
        db.Open();
        using var create = db.CreateCommand();
        create.CommandText = sql;
        create.ExecuteNonQuery();
    }

    private static TempFolder Workspace()
    {
        var temp = new TempFolder();
        temp.Write("ws/city/plan.mplan", File.ReadAllText(Repo.PathOf("plans/examples/city/plan.mplan")).Replace("上级规划: province\n", string.Empty, StringComparison.Ordinal));
        return temp;
    }

    [Fact]
    public void A_block_on_another_minerals_right_is_MP4026_and_a_right_of_its_own_mineral_or_elsewhere_is_not()
    {
        using var temp = Workspace();
        temp.Write("rights.geojson", Layer(
            Feature("C2101", "甲公司", "金矿", 491500, 492500),     // 500 m × 1500 m on KC01: 0.75 km²
            Feature("C2102", "乙公司", "铜矿", 490000, 491000),     // the block's own mineral
            Feature("C2103", "丙公司", "金矿", 600000, 601000)));   // far away
        var result = CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", "rights.geojson", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        var found = result.Output.Split('\n').Where(l => l.Contains("MP4026", StringComparison.Ordinal)).ToList();
        var only = Assert.Single(found);
        Assert.Contains("ws/city/plan.mplan:27:5: error MP4026: '示范南坡铜矿勘查规划区块' overlaps the existing right C2101 (甲公司, 金矿) by 0.75 km²", only, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_rights_the_check_reports_no_MP4026()
    {
        using var temp = Workspace();
        Assert.DoesNotContain("MP4026", CliRunner.RunIn(temp.Path, "check", "ws/city").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GeoPackage_layer_of_rights_is_read_with_its_EPSG_system()
    {
        using var temp = Workspace();
        var file = Path.Combine(temp.Path, "rights.gpkg");
        using (var db = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            db.Open();
            using var create = db.CreateCommand();
            create.CommandText = """
                CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
                INSERT INTO gpkg_geometry_columns VALUES ('rights', 'shape', 'POLYGON', 4549, 0, 0);
                CREATE TABLE rights (fid INTEGER PRIMARY KEY, shape BLOB, 许可证号 TEXT, 矿业权人 TEXT, 矿种 TEXT);
                """;
            create.ExecuteNonQuery();
            var polygon = new GeometryFactory(new PrecisionModel(), 4549).CreatePolygon([new(491500, 4485000), new(492500, 4485000), new(492500, 4486500), new(491500, 4486500), new(491500, 4485000)]);
            using var insert = db.CreateCommand();
            insert.CommandText = "INSERT INTO rights (shape, 许可证号, 矿业权人, 矿种) VALUES ($g, 'C2101', '甲公司', '金矿')";
            insert.Parameters.AddWithValue("$g", new GeoPackageGeoWriter().Write(polygon));
            insert.ExecuteNonQuery();
        }

        var result = CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", "rights.gpkg", "--lang", "en");
        Assert.Contains("error MP4026: '示范南坡铜矿勘查规划区块' overlaps the existing right C2101 (甲公司, 金矿) by 0.75 km²", result.Output, StringComparison.Ordinal);
        Assert.Contains("MP4026", CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", "rights.gpkg#rights").Output, StringComparison.Ordinal);

        // A table name is looked up, never spliced into SQL: an unknown or hostile one is bad input.
        foreach (var table in new[] { "missing", "rights\"; DROP TABLE rights; --" })
        {
            var bad = CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", "rights.gpkg#" + table, "--lang", "en");
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains("no feature table named", bad.Error, StringComparison.Ordinal);
        }

        Assert.Contains("MP4026", CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", "rights.gpkg").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);"
        + "INSERT INTO gpkg_geometry_columns VALUES ('rights', 'shape', 'POLYGON', 4549, 0, 0);"
        + "CREATE VIEW rights AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS fid, NULL AS shape FROM r;",
        "rights is a view, not a table")]
    [InlineData("CREATE TABLE real_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);"
        + "CREATE VIEW gpkg_geometry_columns AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT 'x' AS table_name, 'shape' AS column_name, 'POLYGON', 4549 AS srs_id, 0, 0 FROM r;",
        "gpkg_geometry_columns is a view, not a table")]
    [InlineData("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);"
        + "INSERT INTO gpkg_geometry_columns VALUES ('rights', 'shape', 'POLYGON', 4549, 0, 0);"
        + "CREATE TABLE rights (fid INTEGER PRIMARY KEY, shape TEXT); INSERT INTO rights (shape) VALUES ('POLYGON((0 0, 1 0, 1 1, 0 0))');",
        "row 0 of rights: the geometry column shape holds string, not a GeoPackage geometry")]
    [InlineData("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);"
        + "INSERT INTO gpkg_geometry_columns VALUES ('rights', 'shape', 'POLYGON', 4549, 0, 0);"
        + "CREATE TABLE rights (fid INTEGER PRIMARY KEY, n INTEGER); INSERT INTO rights (n) VALUES (2000000000);"
        + "ALTER TABLE rights ADD COLUMN shape BLOB GENERATED ALWAYS AS (zeroblob(n)) VIRTUAL;",
        "too big")]
    [InlineData("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);"
        + "INSERT INTO gpkg_geometry_columns VALUES ('rights', 'shape', 'POLYGON', 4549, 0, 0);"
        + "CREATE TABLE rights (fid INTEGER PRIMARY KEY, shape BLOB); INSERT INTO rights (shape) VALUES (x'47500003E610000001');",
        "row 0 of rights: the geometry cannot be read")]
    public void A_hostile_GeoPackage_is_bad_input_within_seconds(string sql, string why)
    {
        using var temp = Workspace();
        GeoPackage(temp, sql);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", "rights.gpkg", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --rights: cannot read the rights layer: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(why, result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "bounded: the reader is interrupted after 10 s at the latest");
    }

    [Fact]
    public void A_GeoPackage_query_that_runs_past_its_budget_is_interrupted()
    {
        using var temp = Workspace();
        // A real table of 5 000 rows (78 KB) whose generated column takes 80 ms a row to compute: 400 s to read whole.
        // The column is added after the rows, so that SQLite computes it only when the table is read.
        GeoPackage(temp, "CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);"
            + "INSERT INTO gpkg_geometry_columns VALUES ('rights', 'shape', 'POLYGON', 4549, 0, 0);"
            + "CREATE TABLE rights (fid INTEGER PRIMARY KEY, n INTEGER, shape BLOB);"
            + "INSERT INTO rights (n) WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 5000) SELECT 20000000 FROM r;"
            + "ALTER TABLE rights ADD COLUMN slow INTEGER GENERATED ALWAYS AS (length(hex(zeroblob(n)))) VIRTUAL;");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", "rights.gpkg", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reading took longer than 10 s and was stopped", result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "stopped by the budget, long before the 400 s the table takes");
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.geojson", "")]
    [InlineData("/dev/zero", "")]
    [InlineData("rights.txt", "许可证号,矿种")]
    [InlineData("broken.geojson", "{\"type\": \"FeatureCollection\", \"features\": [")]
    [InlineData("not-a-db.gpkg", "this is not SQLite")]
    [InlineData("postgresql://u:p@127.0.0.1:1/db", "")]
    [InlineData("postgresql://u:p@127.0.0.1:1/db#rights", "")]
    public void A_rights_layer_that_cannot_be_read_is_bad_input(string address, string content)
    {
        using var temp = Workspace();
        if (content.Length > 0)
        {
            temp.Write(address, content);
        }

        var result = CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", address, "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --rights: cannot read the rights layer: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }
}
