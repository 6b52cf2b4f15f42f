using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;

namespace MineralPlan.Semantics;

/// <summary>A compiled plan folder: its sources, its model (when a header was found) and every diagnostic so far.</summary>
public sealed record Compilation(
    string Folder,
    ImmutableArray<ParseResult> Files,
    Plan? Plan,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public SourceText? FindSource(string path) => Files.FirstOrDefault(f => f.Source.Path == path)?.Source;
}
