using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Scripting;

/// <summary>
/// What a rule script sees (its documented API): <c>Plan</c>, <c>Parents</c> (parent first),
/// <c>Report(message, item)</c> for an error and <c>Warn(message, item)</c> for a warning, placed at
/// the item (or the plan header). <c>Cancellation</c> is checked in every loop so a slow script can
/// be stopped.
/// </summary>
public sealed class ScriptGlobals(Plan plan, IReadOnlyList<Plan> parents, string ruleName, CancellationToken cancellation)
{
    private readonly List<Diagnostic> _findings = [];

    public Plan Plan { get; } = plan;

    public IReadOnlyList<Plan> Parents { get; } = parents;

    public CancellationToken Cancellation { get; } = cancellation;

    internal IReadOnlyList<Diagnostic> Findings => _findings;

    public void Report(string message, PlanItem? at = null) =>
        _findings.Add(Diagnostic.Create(ScriptDiagnostics.Finding, at?.Span ?? Plan.Header.Span, ruleName, message));

    public void Warn(string message, PlanItem? at = null) =>
        _findings.Add(Diagnostic.Create(ScriptDiagnostics.Warning, at?.Span ?? Plan.Header.Span, ruleName, message));
}
