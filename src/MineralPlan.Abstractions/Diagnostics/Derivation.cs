using System.Collections.Immutable;

namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>One value a finding compared, as written, and where it was written.</summary>
public sealed record DerivationInput(string Value, SourceSpan Span);

/// <summary>
/// How a finding was reached: every value compared, with its place, in one line
/// (<c>7个 (…:50:25) + 24个 (…:50:36) = 31个 ≠ 26个 (…:49:8)</c>). A reviewer checks the arithmetic without
/// opening the files; <c>check --explain</c> prints it, JSON and SARIF always carry it.
/// </summary>
public sealed record Derivation(ImmutableArray<DerivationInput> Inputs, string Operation, string Result)
{
    /// <summary>The line, each input followed by its place: inputs joined by the operation, then the result.</summary>
    public string Text => string.Join($" {Operation} ", Inputs.Select(i => $"{i.Value} ({i.Span})")) + " " + Result;
}
