using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Checking;

/// <summary>
/// One check. A rule has one diagnostic descriptor (its code, title, default severity) and names
/// the clause or source it enforces. Built-in, plugin and scripted rules share this interface.
/// </summary>
public interface IRule
{
    DiagnosticDescriptor Descriptor { get; }

    /// <summary>The planning rule or source this enforces, e.g. "DOMAIN.md C12; seed 001 专栏五".</summary>
    string Source { get; }

    IEnumerable<Diagnostic> Check(RuleContext context);
}
