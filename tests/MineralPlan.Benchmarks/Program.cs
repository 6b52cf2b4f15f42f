using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using MineralPlan.Benchmarks;

// tests/MineralPlan.Benchmarks — performance tools, never run by `dotnet test`:
//   generate DIR [--packed] [--provinces N]  write the synthetic province workspace into DIR (--packed: boundaries as
//                       packed strings; --provinces N: N independent provinces, 31 for a national workspace)
//   check DIR [--serial] [--warm]  check every plan of DIR once (--warm: after one untimed run), print findings by code, wall time and peak memory
//   scale               time the spatial rules alone at 5k, 20k and 80k polygons (quick, no BenchmarkDotNet)
//   parse-vs-json DIR   parse + bind of DIR's plans against System.Text.Json reading their GeoJSON exports into records
//   overlap-postgis URL the same-kind overlap query in PostGIS (GiST) beside mplan's spatial rules, 20k and 80k polygons
//   lsp-latency PLANS [--edits N] [--large DIR] [--soak N]  the language server over its protocol: edit -> findings, completion and
//                       hover p50/p95 over N (200) requests, memory with all of PLANS open, first findings in the workspace DIR,
//                       managed heap before and after --soak N edits
//   bench [args]        BenchmarkDotNet (e.g. bench --filter '*')
var command = args.Length > 0 ? args[0] : "help";
switch (command)
{
    case "lsp-latency" when args.Length > 1:
        return await EditorLatency.RunAsync(args[1],
            Array.IndexOf(args, "--edits") is var e and > 0 && e + 1 < args.Length ? int.Parse(args[e + 1], CultureInfo.InvariantCulture) : 200,
            Array.IndexOf(args, "--large") is var l and > 0 && l + 1 < args.Length ? args[l + 1] : null,
            Array.IndexOf(args, "--soak") is var k and > 0 && k + 1 < args.Length ? int.Parse(args[k + 1], CultureInfo.InvariantCulture) : 0);
    case "generate" when args.Length > 1:
        var provinces = Array.IndexOf(args, "--provinces") is var at and > 0 && at + 1 < args.Length
            ? int.Parse(args[at + 1], CultureInfo.InvariantCulture)
            : 1;
        SyntheticWorkspace.Generate(args[1], packed: args.Contains("--packed"), provinces: provinces);
        Console.WriteLine($"wrote {args[1]}");
        return 0;
    case "check" when args.Length > 1:
    {
        if (args.Contains("--warm"))
        {
            WorkspaceCheck.Run(Path.GetFullPath(args[1]), parallel: !args.Contains("--serial"));
        }

        var clock = Stopwatch.StartNew();
        var result = WorkspaceCheck.Run(Path.GetFullPath(args[1]), parallel: !args.Contains("--serial"));
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{result.Plans} plans, {result.Items} items, {result.Findings.Length} findings: "
            + string.Join(", ", result.Findings.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall time {clock.Elapsed.TotalSeconds:0.00} s (compile {result.CompileTime.TotalSeconds:0.00} s, rules {result.CheckTime.TotalSeconds:0.00} s), peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC: {GC.CollectionCount(0)} gen0 / {GC.CollectionCount(1)} gen1 / {GC.CollectionCount(2)} gen2 collections, {GC.GetTotalPauseDuration().TotalSeconds:0.00} s paused, {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB allocated"));
        return 0;
    }

    case "parse" when args.Length > 1:
    {
        var files = Directory.EnumerateFiles(args[1], "*.mplan", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f))).ToList();
        for (var round = 0; round < 3; round++)
        {
            var lexClock = Stopwatch.StartNew();
            var tokens = files.Sum(f => new MineralPlan.Syntax.Generated.MinePlanLexer(new Antlr4.Runtime.AntlrInputStream(f.Item2)).GetAllTokens().Count);
            var treeClock = Stopwatch.StartNew();
            foreach (var f in files)
            {
                var parser = new MineralPlan.Syntax.Generated.MinePlanParser(new Antlr4.Runtime.CommonTokenStream(new MineralPlan.Syntax.Generated.MinePlanLexer(new Antlr4.Runtime.AntlrInputStream(f.Item2))));
                parser.RemoveErrorListeners();
                parser.document();
            }

            Console.WriteLine($"lex {lexClock.Elapsed.TotalSeconds - treeClock.Elapsed.TotalSeconds:0.00} s ({tokens} tokens), lex+parse tree {treeClock.Elapsed.TotalSeconds:0.00} s");
            var clock = Stopwatch.StartNew();
            var parsed = files.Select(f => MineralPlan.Syntax.PlanParser.Parse(f.Item2, f.f)).ToList();
            var parseTime = clock.Elapsed.TotalSeconds;
            foreach (var p in parsed)
            {
                MineralPlan.Semantics.PlanLoader.Compile("x", [p], new MineralPlan.Abstractions.Diagnostics.DiagnosticBag(), null);
            }

            Console.WriteLine($"parse {parseTime:0.00} s, bind {clock.Elapsed.TotalSeconds - parseTime:0.00} s");
        }

        return 0;
    }

    case "scale":
    {
        foreach (var n in new[] { 5_000, 20_000, 80_000 })
        {
            var plan = SpatialScaling.Plan(n);
            SpatialScaling.Check(plan, Path.GetTempPath()); // warm up (JIT, caches)
            var clock = Stopwatch.StartNew();
            var findings = SpatialScaling.Check(SpatialScaling.Plan(n), Path.GetTempPath()).Length;
            clock.Stop();
            var perNLogN = clock.Elapsed.TotalMilliseconds * 1e6 / (n * Math.Log2(n));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n,6} polygons: {clock.Elapsed.TotalMilliseconds,7:0} ms, {findings} findings, {perNLogN:0.0} ns per n·log2 n"));
        }

        return 0;
    }

    case "parse-vs-json" when args.Length > 1:
        ParseVersusJson.Run(Path.GetFullPath(args[1]));
        return 0;
    case "overlap-postgis" when args.Length > 1:
        PostGisOverlap.Run(args[1], args.Length > 2 ? [.. args[2..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [20_000, 80_000]);
        return 0;
    case "bench":
        BenchmarkSwitcher.FromAssembly(typeof(WorkspaceBenchmark).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.WriteLine("usage: generate DIR [--packed] | check DIR [--serial] | scale | bench [BenchmarkDotNet args]");
        return 2;
}
