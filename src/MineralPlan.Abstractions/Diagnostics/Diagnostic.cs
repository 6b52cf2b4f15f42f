using System.Collections.Immutable;

namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>
/// One finding. Immutable; the same object is printed by the CLI, serialised to JSON/SARIF and
/// compared in baselines.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    SourceSpan Span,
    ImmutableArray<object?> Args,
    ImmutableArray<RelatedLocation> Related,
    string? ModelPath = null)
{
    /// <summary>When the plan accepts this finding (例外), the reviewers' reason; an accepted finding does not fail a check.</summary>
    public string? AcceptedReason { get; init; }

    /// <summary>How the finding was reached: the values compared and their places, when the rule computed something.</summary>
    public Derivation? Derivation { get; init; }

    /// <summary>Changes that resolve the finding, when the rule knows one (<see cref="CodeFix"/>).</summary>
    public ImmutableArray<CodeFix> Fixes { get; init; } = [];

    public bool IsFailure => Severity == DiagnosticSeverity.Error && AcceptedReason is null;

    public string Code => Descriptor.Code;

    public string Message(Language language) => Descriptor.Format(language, Args);

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        new(descriptor, descriptor.DefaultSeverity, span, [.. args], []);

    public Diagnostic WithRelated(params RelatedLocation[] related) => this with { Related = Related.AddRange(related) };

    public Diagnostic WithFix(CodeFix fix) => this with { Fixes = Fixes.Add(fix) };

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };
}
