using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking;

/// <summary>Small helpers rules use to build findings, so every rule names its places the same way.</summary>
internal static class Finding
{
    public static Diagnostic At(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Diagnostic.Create(descriptor, span, args);

    /// <summary>The related location of a cross-level finding: the parent plan's item.</summary>
    public static RelatedLocation InParent(PlanItem item, Plan parent) =>
        new(item.Span, $"{item.DisplayName} in {parent.Header.Id}", $"上级规划 {parent.Header.Id} 中的“{item.DisplayName}”");

    public static RelatedLocation InParent(SourceSpan span, Plan parent, string what) =>
        new(span, $"{what} in {parent.Header.Id}", $"上级规划 {parent.Header.Id} 中的{what}");

    public static RelatedLocation Here(SourceSpan span, string en, string zh) => new(span, en, zh);
}
