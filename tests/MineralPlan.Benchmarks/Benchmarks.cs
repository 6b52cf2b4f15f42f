using BenchmarkDotNet.Attributes;
using MineralPlan.Semantics;

namespace MineralPlan.Benchmarks;

/// <summary>`check` over the whole synthetic province (1 + 14 + 100 plans, 20 000+ polygons).</summary>
[MemoryDiagnoser]
[InProcess] // the out-of-process toolchain rebuilds the solution in a folder the ANTLR build step cannot handle
[WarmupCount(1)]
[IterationCount(5)]
public class WorkspaceBenchmark
{
    private string _root = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "mplan-bench-workspace");
        if (!Directory.Exists(_root))
        {
            SyntheticWorkspace.Generate(_root);
        }
    }

    [Benchmark]
    public int CheckWorkspace() => WorkspaceCheck.Run(_root).Findings.Length;
}

/// <summary>The spatial rules alone on one plan of n polygons: reading is linear, pairing through the STR-tree n log n.</summary>
[MemoryDiagnoser]
[InProcess] // the out-of-process toolchain rebuilds the solution in a folder the ANTLR build step cannot handle
[WarmupCount(1)]
[IterationCount(5)]
public class SpatialScalingBenchmark
{
    private Compilation? _plan;

    [Params(5_000, 20_000, 80_000)]
    public int Polygons { get; set; }

    [GlobalSetup]
    public void Setup() => _plan = SpatialScaling.Plan(Polygons);

    [Benchmark]
    public int SpatialRules() => SpatialScaling.Check(_plan ?? throw new InvalidOperationException("setup"), Path.GetTempPath()).Length;
}
