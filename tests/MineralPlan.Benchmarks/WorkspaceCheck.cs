using System.Collections.Concurrent;
using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Benchmarks;

/// <summary>
/// Checks every plan of a workspace in one process, as <c>mplan check</c> does each plan (compile, find the
/// parents and children beside it, run the built-in and the spatial rules), but compiling each plan once and
/// using both cores: plans are compiled in parallel, then checked in parallel against their compiled relatives.
/// </summary>
public static class WorkspaceCheck
{
    /// <param name="CompileTime">Reading, parsing and binding every plan.</param>
    /// <param name="CheckTime">Running every rule (built-in and spatial) on every plan.</param>
    public sealed record Result(int Plans, int Items, ImmutableArray<Diagnostic> Findings, TimeSpan CompileTime, TimeSpan CheckTime);

    public static Result Run(string root, bool parallel = true)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var folders = Directory.EnumerateDirectories(root).Where(d => Directory.EnumerateFiles(d, "*" + PlanLoader.Extension).Any()).Order(StringComparer.Ordinal).ToList();
        var compiled = new ConcurrentDictionary<string, Compilation>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        Parallel.ForEach(folders, options, folder =>
        {
            if (PlanLoader.LoadFolder(folder, root) is { } c)
            {
                compiled[Path.GetFileName(folder)] = c;
            }
        });

        var compileTime = clock.Elapsed;
        var rules = RuleRegistry.All.Concat(GeometryRules.Create(root)).ToList();
        var children = compiled.Values.Select(c => c.Plan).OfType<Plan>().Where(p => p.Header.Parent is not null)
            .ToLookup(p => p.Header.Parent?.Text ?? string.Empty, StringComparer.Ordinal);
        var findings = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(compiled.Values, options, compilation =>
        {
            var below = compilation.Plan is { } plan ? children[plan.Header.Id].ToList() : [];
            foreach (var d in compilation.Diagnostics.Concat(PlanChecker.Check(compilation, Ancestors(compilation, compiled), rules, below)))
            {
                findings.Add(d);
            }
        });
        var items = compiled.Values.Sum(c => c.Plan?.Items.Length ?? 0);
        return new Result(compiled.Count, items, [.. DiagnosticOrder.Sort(findings)], compileTime, clock.Elapsed - compileTime);
    }

    private static List<Plan> Ancestors(Compilation compilation, IReadOnlyDictionary<string, Compilation> compiled)
    {
        var result = new List<Plan>();
        var current = compilation.Plan;
        while (current?.Header.Parent is { } parent && result.Count < PlanWorkspace.MaxDepth && compiled.GetValueOrDefault(parent.Text)?.Plan is { } found)
        {
            result.Add(found);
            current = found;
        }

        return result;
    }
}
