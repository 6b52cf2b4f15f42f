using System.Collections.Concurrent;
using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Workspaces;

namespace MineralPlan.Benchmarks;

/// <summary>
/// Checks every plan of a workspace in one process through the compilation layer (<see cref="Workspace"/>), the
/// same driver <c>mplan check</c> uses: plans are compiled in parallel, then checked in parallel against their
/// compiled relatives, each compiled once.
/// </summary>
public static class WorkspaceCheck
{
    /// <param name="CompileTime">Reading, parsing and binding every plan.</param>
    /// <param name="CheckTime">Running every rule (built-in and spatial) on every plan.</param>
    public sealed record Result(int Plans, int Items, ImmutableArray<Diagnostic> Findings, TimeSpan CompileTime, TimeSpan CheckTime);

    public static Result Run(string root, bool parallel = true)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var snapshot = new Workspace(root, new WorkspaceOptions { DisplayRoot = root }).Current;
        var plans = snapshot.Plans();
        var folders = snapshot.PlanFolders();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        Parallel.ForEach(folders, options, folder => plans.Find(Path.GetFileName(folder)));

        var compileTime = clock.Elapsed;
        var findings = new ConcurrentBag<Diagnostic>();
        var items = 0;
        Parallel.ForEach(folders, options, folder =>
        {
            if (snapshot.Check(folder, plans: plans) is { } result)
            {
                Interlocked.Add(ref items, result.Compilation.Plan?.Items.Length ?? 0);
                foreach (var d in result.Diagnostics)
                {
                    findings.Add(d);
                }
            }
        });
        return new Result(folders.Count, items, [.. DiagnosticOrder.Sort(findings)], compileTime, clock.Elapsed - compileTime);
    }
}
