using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Minerals;

namespace MineralPlan.Semantics.Model;

/// <summary>A mineral as written in the plan and, when the catalog knows it, its catalog entry.</summary>
public sealed record MineralRef(string Written, MineralEntry? Entry, SourceSpan Span)
{
    /// <summary>The standard name when known, otherwise what was written; use it to compare minerals.</summary>
    public string Key => Entry?.Name ?? Written;

    public override string ToString() => Written;
}
