using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Syntax;

namespace MineralPlan.Workspaces;

/// <summary>
/// A plan checked with its relatives: the compilation, its findings (settings, acceptances and order applied),
/// the compilations it was checked against, and the source texts its findings may point into.
/// </summary>
public sealed class CheckedPlan
{
    internal CheckedPlan(Compilation compilation, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Compilation> ancestors,
        IReadOnlyList<SourceText> otherSources)
    {
        Compilation = compilation;
        Diagnostics = diagnostics;
        AncestorCompilations = ancestors;
        _otherSources = otherSources;
    }

    private readonly IReadOnlyList<SourceText> _otherSources;

    public Compilation Compilation { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Parent first.</summary>
    public IReadOnlyList<Compilation> AncestorCompilations { get; }

    public IReadOnlyList<Semantics.Model.Plan> Ancestors => [.. AncestorCompilations.Select(c => c.Plan).OfType<Semantics.Model.Plan>()];

    public bool HasErrors => Diagnostics.Any(d => d.IsFailure);

    /// <summary>The input itself could not be read (a host's "bad input"), as opposed to a plan with errors.</summary>
    public bool InputUnreadable => Diagnostics.Any(d => d.Descriptor.UnreadableInput);

    /// <summary>The text of <paramref name="displayPath"/>: the plan's own files, its relatives', or a rule script.</summary>
    public SourceText? FindSource(string displayPath) => Compilation.FindSource(displayPath) ?? _otherSources.FirstOrDefault(s => s.Path == displayPath);
}
