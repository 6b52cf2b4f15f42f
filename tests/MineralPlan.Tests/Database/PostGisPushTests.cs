using MineralPlan.Geometry.Database;
using MineralPlan.Tests.Infrastructure;
using Npgsql;

namespace MineralPlan.Tests.Database;

/// <summary>
/// <c>mplan db push</c> against a real PostgreSQL with PostGIS (started by the test, see <see cref="PostGis"/>):
/// the round trip, idempotence, a changed plan replacing only its own rows, and bad addresses.
/// </summary>
public sealed class PostGisPushTests
{
    private static List<object?[]> Rows(string address, string sql)
    {
        using var source = PostGisWriter.DataSource(DatabaseAddress.Parse(address).Builder!);
        using var connection = source.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        return DbRows.Read(reader);
    }

    [SkippableFact]
    public void Two_first_pushes_into_an_empty_database_at_once_both_succeed()
    {
        using var db = new PostGis();
        Skip.If(db.CannotRun is not null, db.CannotRun);

        // Both create the schema at the same moment: without the schema lock one of them failed with 23505.
        var results = new CliRunner.Result[4];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = results.Length }, i =>
            results[i] = CliRunner.Run("db", "push", i % 2 == 0 ? "plans/examples/city" : "plans/examples/province", "--to", db.Address, "--force", "--lang", "en"));
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.All));
        Assert.Equal(["city", "province"], Rows(db.Address, "SELECT plan FROM mplan.plan_metadata ORDER BY plan").Select(r => (string)r[0]!));
    }

    [SkippableFact]
    public void A_workspace_round_trips_and_a_second_push_changes_nothing()
    {
        using var db = new PostGis();
        Skip.If(db.CannotRun is not null, db.CannotRun);

        var first = CliRunner.Run("db", "push", "plans/examples", "--to", db.Address, "--force", "--lang", "en");
        Assert.True(first.ExitCode == 0, first.All);
        Assert.Equal("city: added\ncounty: added\nprovince: added\n", first.Output);

        // Geometry comes back as NetTopologySuite polygons in CGCS2000 lon/lat, with the area the plan declares.
        var kc01 = Rows(db.Address, """SELECT "GHQMC", "GHQMJ", ST_SRID(geom), ST_Area(ST_Transform(geom, 4549)), geom FROM mplan.exploration_blocks WHERE plan = 'city' AND item_key = 'KC01'""").Single();
        Assert.Equal("示范南坡铜矿勘查规划区块", kc01[0]);
        Assert.Equal(3d, kc01[1]);
        Assert.Equal(4490, kc01[2]);
        Assert.Equal(3_000_000, (double)kc01[3]!, 0);
        Assert.IsType<NetTopologySuite.Geometries.MultiPolygon>(kc01[4]);
        Assert.Contains(Rows(db.Address, "SELECT indexname FROM pg_indexes WHERE schemaname = 'mplan'"), r => (string)r[0]! == "exploration_blocks_geom_gist");

        var before = Rows(db.Address, "SELECT plan, xmin::text FROM mplan.plan_metadata ORDER BY plan").Select(r => $"{r[0]}:{r[1]}").ToList();
        // A second push changes nothing, whatever the culture of the process that pushes (fr-FR writes 3,5).
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        CliRunner.Result second;
        try
        {
            second = CliRunner.Run("db", "push", "plans/examples", "--to", db.Address, "--force", "--lang", "en");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(0, second.ExitCode);
        Assert.Equal("city: unchanged\ncounty: unchanged\nprovince: unchanged\n", second.Output);
        Assert.Equal(before, Rows(db.Address, "SELECT plan, xmin::text FROM mplan.plan_metadata ORDER BY plan").Select(r => $"{r[0]}:{r[1]}").ToList());
    }

    [SkippableFact]
    public void A_changed_plan_replaces_its_own_rows_and_no_other_plans()
    {
        using var db = new PostGis();
        Skip.If(db.CannotRun is not null, db.CannotRun);
        using var temp = new TempFolder();
        var city = File.ReadAllText(Repo.PathOf("plans/examples/city/plan.mplan"));
        temp.Write("ws/city/plan.mplan", city);
        temp.Write("ws/town/plan.mplan", city.Replace("规划 city", "规划 town", StringComparison.Ordinal).Replace("上级规划: province\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run("db", "push", Path.Combine(temp.Path, "ws"), "--to", db.Address).ExitCode);

        temp.Write("ws/city/plan.mplan", city.Replace("面积: 3 km2", "面积: 3.5 km2", StringComparison.Ordinal).Replace("区块 KC02", "区块 KC09", StringComparison.Ordinal));
        var pushed = CliRunner.Run("db", "push", Path.Combine(temp.Path, "ws", "city"), "--to", db.Address, "--lang", "en");
        Assert.Equal("city: replaced\n", pushed.Output);
        Assert.Equal([["KC01", 3.5d]], Rows(db.Address, """SELECT item_key, "GHQMJ" FROM mplan.exploration_blocks WHERE plan = 'city' AND item_key = 'KC01'"""));
        Assert.Equal(["KC09"], Rows(db.Address, "SELECT item_key FROM mplan.mining_blocks WHERE plan = 'city'").Select(r => (string)r[0]!));
        // The other plan's rows are untouched.
        Assert.Equal([["KC01", 3d]], Rows(db.Address, """SELECT item_key, "GHQMJ" FROM mplan.exploration_blocks WHERE plan = 'town' AND item_key = 'KC01'"""));
        Assert.Equal(["KC02"], Rows(db.Address, "SELECT item_key FROM mplan.mining_blocks WHERE plan = 'town'").Select(r => (string)r[0]!));
    }

    [SkippableFact]
    public void Check_reads_existing_rights_from_a_PostGIS_table()
    {
        using var db = new PostGis();
        Skip.If(db.CannotRun is not null, db.CannotRun);
        Rows(db.Address, """
            CREATE TABLE public.rights (id serial PRIMARY KEY, "许可证号" text, "矿业权人" text, "矿种" text, geom geometry(Polygon, 4549));
            INSERT INTO public.rights ("许可证号", "矿业权人", "矿种", geom)
              VALUES ('C2101', '甲公司', '金矿', ST_GeomFromText('POLYGON((491500 4485000, 492500 4485000, 492500 4486500, 491500 4486500, 491500 4485000))', 4549));
            SELECT 1;
            """);
        using var temp = new TempFolder();
        temp.Write("ws/city/plan.mplan", File.ReadAllText(Repo.PathOf("plans/examples/city/plan.mplan")).Replace("上级规划: province\n", string.Empty, StringComparison.Ordinal));
        var result = CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", db.Address + "#public.rights", "--lang", "en");
        Assert.Contains("error MP4026: '示范南坡铜矿勘查规划区块' overlaps the existing right C2101 (甲公司, 金矿) by 0.75 km²", result.Output, StringComparison.Ordinal);

        // The table name is quoted as an identifier: SQL after it is part of a name no table has.
        var hostile = CliRunner.RunIn(temp.Path, "check", "ws/city", "--rights", db.Address + "#public.rights; DROP TABLE public.rights", "--lang", "en");
        Assert.Equal(2, hostile.ExitCode);
        Assert.StartsWith("error: --rights: cannot read the rights layer: ", hostile.Error, StringComparison.Ordinal);
        Assert.Single(Rows(db.Address, "SELECT 1 FROM public.rights"));
    }

    [Theory]
    [InlineData("postgresql://")]
    [InlineData("postgresql://host-only")]
    [InlineData("postgresql://u:p@localhost:5432/db?nonsense=1")]
    [InlineData("Host=;Database=x")]
    public void A_bad_address_is_bad_usage(string address)
    {
        var result = CliRunner.Run("db", "push", "plans/examples/city", "--to", address, "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --to: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_is_an_error_that_names_the_host_but_not_the_password_within_bounded_time()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // Port 1 on localhost: nothing listens, the connection is refused at once.
        var result = CliRunner.Run("db", "push", "plans/examples/city", "--to", "postgresql://u:secret-word@127.0.0.1:1/db", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot push to 127.0.0.1:1/db", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-word", result.All, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
    }
}
