using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Syntax;

public sealed record ParseResult(SourceText Source, DocumentSyntax Document, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
