using System.Diagnostics;
using System.Globalization;
using MineralPlan.Geometry.Database;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace MineralPlan.Benchmarks;

/// <summary>
/// The same-kind overlap query of the spatial rules (MP4009) in PostGIS against mplan's own, over the same polygons
/// (<see cref="SpatialScaling"/>'s grid): PostGIS with a GiST index and a self-join on ST_Intersects, area of the
/// intersection above 100 m²; mplan's rule in process. Both are timed as the median of three runs after a warm-up.
/// </summary>
public static class PostGisOverlap
{
    public static void Run(string address, IReadOnlyList<int> sizes)
    {
        var (builder, problem) = DatabaseAddress.Parse(address);
        if (builder is null)
        {
            throw new ArgumentException(problem);
        }

        builder.CommandTimeout = 0;
        using var source = PostGisWriter.DataSource(builder);
        using var connection = source.OpenConnection();
        Execute(connection, "CREATE EXTENSION IF NOT EXISTS postgis; DROP TABLE IF EXISTS bench_blocks; CREATE TABLE bench_blocks (id integer PRIMARY KEY, kind text NOT NULL, geom geometry(Polygon, 4528) NOT NULL);");
        foreach (var n in sizes)
        {
            var compilation = SpatialScaling.Plan(n);
            Execute(connection, "TRUNCATE bench_blocks");
            var factory = new GeometryFactory(new PrecisionModel(), 4528);
            using (var writer = connection.BeginBinaryImport("COPY bench_blocks (id, kind, geom) FROM STDIN (FORMAT BINARY)"))
            {
                var i = 0;
                foreach (var block in compilation.Plan!.OfType<MineralPlan.Semantics.Model.PlanningBlock>())
                {
                    var ring = block.Boundary!.Rings[0].Points.Select(p => new Coordinate((double)p.X, (double)p.Y)).ToArray();
                    writer.StartRow();
                    writer.Write(i++, NpgsqlDbType.Integer);
                    writer.Write(block.BlockKind!, NpgsqlDbType.Text);
                    writer.Write((NetTopologySuite.Geometries.Geometry)factory.CreatePolygon(ring), NpgsqlDbType.Geometry);
                }

                writer.Complete();
            }

            Execute(connection, "CREATE INDEX IF NOT EXISTS bench_blocks_gist ON bench_blocks USING GIST (geom); ANALYZE bench_blocks;");
            // "b.id - a.id > 0", not "a.id < b.id": with the latter PostgreSQL 15 ANDs a bitmap over the primary key
            // into every probe (about n/2 rows each) and takes 58 s at 80 000 polygons instead of 2 s.
            const string query = """
                SELECT count(*) FROM bench_blocks a JOIN bench_blocks b
                  ON b.id - a.id > 0 AND a.kind = b.kind AND ST_Intersects(a.geom, b.geom)
                WHERE ST_Area(ST_Intersection(a.geom, b.geom)) > 100
                """;
            var pairs = 0L;
            var database = Median(() => pairs = (long)Scalar(connection, query));
            var own = 0;
            var root = Path.GetTempPath();
            var mplan = Median(() => own = SpatialScaling.Check(SpatialScaling.Plan(n), root).Count(d => d.Code == "MP4009"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n,6} polygons: PostGIS (GiST) {database,7:0} ms, {pairs} overlapping pairs; mplan (all spatial rules) {mplan,7:0} ms, {own} MP4009"));
        }

        Execute(connection, "DROP TABLE bench_blocks");
    }

    private static double Median(Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(1);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static object Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar()!;
    }
}
