using Microsoft.Data.Sqlite;
using MineralPlan.Tests.Infrastructure;
using NetTopologySuite.IO;

namespace MineralPlan.Tests.Database;

/// <summary><c>mplan db export</c>: the planning database as a GeoPackage, read back with SQLite and with GDAL.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class GeoPackageExportTests
{
    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<object?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return DbRows.Read(reader);
    }

    [Fact]
    public void A_plan_is_one_layer_per_kind_in_its_own_system_with_the_DZT_0226_fields()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "city.gpkg");
        var result = CliRunner.Run("db", "export", "plans/examples/city", "-o", file);
        Assert.True(result.ExitCode == 0, result.All);

        using var db = Open(file);
        Assert.Equal(0x47504B47L, Rows(db, "PRAGMA application_id")[0][0]);
        Assert.Equal(
            [["exploration_blocks", "features", "勘查规划区块", 4549L], ["key_mining_zones", "features", "重点开采区", 4549L], ["mining_blocks", "features", "开采规划区块", 4549L],
             ["indicators", "attributes", "规划指标", null], ["plan_metadata", "attributes", "规划元数据", null], ["planned_minerals", "attributes", "规划矿种", null]],
            Rows(db, "SELECT table_name, data_type, identifier, srs_id FROM gpkg_contents ORDER BY data_type DESC, table_name"));
        Assert.Equal([["geom", "MULTIPOLYGON", 4549L]], Rows(db, "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = 'exploration_blocks'"));
        Assert.StartsWith("PROJCS[\"CGCS2000 GK3 CM120\"", (string)Rows(db, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 4549")[0][0]!, StringComparison.Ordinal);

        var rows = Rows(db, "SELECT GHQBH, GHQMC, SZXZQ, QHQLB, GHQMJ, GDZB, GHBZSJ, JB, KZ, plan, geom FROM exploration_blocks ORDER BY GHQBH");
        Assert.Equal(["KC01", "KC03", "KC04"], rows.Select(r => (string)r[0]!));
        var kc01 = rows[0];
        Assert.Equal(["示范南坡铜矿勘查规划区块", "示范市", "勘查规划区块", 3d], kc01[1..5]);
        Assert.Equal("490000,4485000;492000,4485000;492000,4486500;490000,4486500;490000,4485000", kc01[5]);
        Assert.Equal(["2021", "市级", "铜矿", "city"], kc01[6..10]);
        var geometry = new GeoPackageGeoReader { HandleSRID = true }.Read((byte[])kc01[10]!);
        Assert.Equal(4549, geometry.SRID);
        Assert.Equal(3_000_000, geometry.Area, 6);
        Assert.True(geometry.IsValid);

        Assert.Equal([["KC01", "铜矿"]], Rows(db, "SELECT GHQBH, KZ FROM planned_minerals WHERE GHQBH = 'KC01'"));
        Assert.Equal([["city", "示范市矿产资源总体规划（2021-2025年）", "市级", "province", 4549L]], Rows(db, "SELECT plan, title, level, parent, epsg FROM plan_metadata"));
    }

    [SkippableFact]
    public void GDAL_opens_every_layer_with_its_EPSG_system_and_features()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "city.gpkg");
        Assert.Equal(0, CliRunner.Run("db", "export", "plans/examples/city", "-o", file).ExitCode);
        var (summary, cannot) = Validators.Ogrinfo(file);
        Skip.If(cannot is not null, cannot);
        Assert.Contains("using driver `GPKG' successful", summary, StringComparison.Ordinal);
        Assert.Contains("Layer name: exploration_blocks", summary, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 3", summary, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",4549]", summary, StringComparison.Ordinal);
        Assert.Contains("GHQMJ: Real", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_workspace_shares_CGCS2000_lonlat_and_refuses_invalid_boundaries_unless_forced()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "examples.gpkg");
        var refused = CliRunner.Run("db", "export", "plans/examples", "-o", file, "--lang", "en");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error MP4001", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));

        Assert.Equal(0, CliRunner.Run("db", "export", "plans/examples", "-o", file, "--force").ExitCode);
        using var db = Open(file);
        Assert.All(Rows(db, "SELECT srs_id FROM gpkg_geometry_columns"), r => Assert.Equal(4490L, r[0]));
        Assert.Equal(["city", "county", "province"], Rows(db, "SELECT plan FROM plan_metadata ORDER BY plan").Select(r => (string)r[0]!));
        // The county's broken boundaries (K10–K16) are rows without geometry; the valid ones have lon/lat near 120°E.
        Assert.Contains(Rows(db, "SELECT GHQBH, geom FROM exploration_blocks UNION ALL SELECT GHQBH, geom FROM mining_blocks"), r => (string)r[0]! == "K10" && r[1] is null);
        var kc01 = new GeoPackageGeoReader().Read((byte[])Rows(db, "SELECT geom FROM exploration_blocks WHERE GHQBH = 'KC01' AND plan = 'city'")[0][0]!);
        Assert.InRange(kc01.Centroid.X, 119.5, 120.5);
        Assert.InRange(kc01.Centroid.Y, 40, 41);
    }

    [Fact]
    public void A_file_mplan_did_not_write_is_not_overwritten_and_a_missing_plan_is_bad_input()
    {
        using var temp = new TempFolder();
        var mine = temp.Write("mine.gpkg", "my own database");
        var refused = CliRunner.RunIn(temp.Path, "db", "export", Repo.PathOf("plans/examples/city"), "-o", "mine.gpkg", "--lang", "en");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("my own database", File.ReadAllText(mine));
        Assert.Equal(2, CliRunner.RunIn(temp.Path, "db", "export", "no/such/plan", "-o", "x.gpkg").ExitCode);
        Directory.CreateDirectory(Path.Combine(temp.Path, "folder.gpkg"));
        var intoFolder = CliRunner.RunIn(temp.Path, "db", "export", Repo.PathOf("plans/examples/city"), "-o", "folder.gpkg", "--force", "--overwrite", "--lang", "en");
        Assert.Equal(2, intoFolder.ExitCode);
        Assert.Contains("folder.gpkg is not a regular file", intoFolder.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", intoFolder.All, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "x.gpkg")));
    }
}
