using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Interchange;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics;
using MineralPlan.Syntax;

namespace MineralPlan.Benchmarks;

/// <summary>
/// Parse + bind of a workspace's plan text against System.Text.Json deserialising the same content (each plan's
/// GeoJSON export, compact) into typed records: the yardstick is what a well-tuned general-purpose reader costs
/// for the same information. Both run on one thread, alternating, median of eleven after a warm-up; allocations are counted.
/// </summary>
public static class ParseVersusJson
{
    public sealed record FeatureCollection(string Type, List<Feature> Features);

    public sealed record Feature(string Type, Dictionary<string, JsonElement> Properties, GeometryRecord? Geometry);

    public sealed record GeometryRecord(string Type, double[][][] Coordinates);

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.Strict };

    public static void Run(string root)
    {
        var folders = Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).ToList();
        var texts = folders.Select(f => Directory.EnumerateFiles(f, "*.mplan").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToList()).ToList();
        var json = folders.Select(f =>
        {
            var compilation = MineralPlan.Workspaces.Workspace.CompileFolder(f, root)!;
            var spatial = SpatialPlan.Read(compilation.Plan!, f, compilation.FindSource);
            // Compact: the exporter indents for people; the yardstick reads what a machine would send.
            return JsonSerializer.Serialize(JsonDocument.Parse(GeoJsonExporter.Write(spatial, native: true)).RootElement);
        }).ToList();
        var textBytes = texts.Sum(t => t.Sum(f => System.Text.Encoding.UTF8.GetByteCount(f.Item2)));
        var jsonBytes = json.Sum(j => System.Text.Encoding.UTF8.GetByteCount(j));

        void Parse()
        {
            foreach (var plan in texts)
            {
                PlanLoader.Compile("x", [.. plan.Select(f => PlanParser.Parse(f.Item2, f.p))], new DiagnosticBag(), null);
            }
        }

        void Deserialize()
        {
            foreach (var j in json)
            {
                JsonSerializer.Deserialize<FeatureCollection>(j, Options);
            }
        }

        var ((parse, parseBytes), (stj, stjBytes)) = Measure(Parse, Deserialize);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse + bind: {parse:0} ms, {parseBytes / 1048576.0:0} MB allocated for {textBytes / 1048576.0:0.0} MB of plan text"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"System.Text.Json into records: {stj:0} ms, {stjBytes / 1048576.0:0} MB allocated for {jsonBytes / 1048576.0:0.0} MB of GeoJSON"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {parse / stj:0.0}"));
    }

    // The two alternate, each after a full collection, eleven times, and each reports its median: on a shared
    // two-core machine the speed of the whole machine drifts by a third within a minute, and measuring one after
    // the other folded that drift into the ratio.
    private static ((double Ms, long Bytes) First, (double Ms, long Bytes) Second) Measure(Action first, Action second)
    {
        first();
        second();
        var a = new List<double>();
        var b = new List<double>();
        long aBytes = 0, bBytes = 0;
        for (var i = 0; i < 11; i++)
        {
            aBytes = Time(first, a);
            bBytes = Time(second, b);
        }

        return ((a.Order().ElementAt(5), aBytes), (b.Order().ElementAt(5), bBytes));
    }

    private static long Time(Action action, List<double> times)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        action();
        times.Add(clock.Elapsed.TotalMilliseconds);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
