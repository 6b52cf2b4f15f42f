using System.Collections.Immutable;

namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>Collects diagnostics while a stage runs; not thread-safe by design (one per stage run).</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public Diagnostic Add(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
    {
        var d = Diagnostic.Create(descriptor, span, args);
        _items.Add(d);
        return d;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public int Count => _items.Count;

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
