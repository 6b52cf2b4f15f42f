using System.Collections.Concurrent;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Syntax;

namespace MineralPlan.Workspaces;

/// <summary>
/// The workspace's reusable results, each keyed by what it was built from: a parse by its file's stamp, a plan's
/// compilation by its files' parses, a check by the compilations it read. One entry per file or folder is kept
/// (the newest), so an edit replaces what it made stale and memory does not grow with the number of edits.
/// </summary>
internal sealed class CompilationCache
{
    internal sealed record Parsed(string Stamp, ParseResult? Result, IReadOnlyList<Diagnostic> ReadDiagnostics);

    internal sealed record Compiled(IReadOnlyList<Parsed> From, Compilation Compilation);

    internal sealed record Checked(IReadOnlyList<object> From, CheckedPlan Result);

    public ConcurrentDictionary<string, Parsed> Parses { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Compiled> Compilations { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Checked> Checks { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Compilation> PluginPlans { get; } = new(StringComparer.Ordinal);

    /// <summary>How many parses, bindings and checks were done rather than reused (tests assert incrementality with it).</summary>
    public WorkCounters Counters { get; } = new();
}

/// <summary>Counts of work done, not reused, since the workspace was made.</summary>
public sealed class WorkCounters
{
    private int _parses;
    private int _bindings;
    private int _checks;

    public int Parses => _parses;

    public int Bindings => _bindings;

    public int Checks => _checks;

    internal void Parsed() => Interlocked.Increment(ref _parses);

    internal void Bound() => Interlocked.Increment(ref _bindings);

    internal void Checked() => Interlocked.Increment(ref _checks);
}
