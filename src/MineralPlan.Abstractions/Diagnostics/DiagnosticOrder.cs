namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>The one order diagnostics are reported in: by file, position, then code.</summary>
public static class DiagnosticOrder
{
    public static IEnumerable<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Offset)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message(Language.En), StringComparer.Ordinal);
}
