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

    /// <summary>The span of <paramref name="name"/> inside <paramref name="span"/>, so a finding points at the word, not the paragraph.</summary>
    public static SourceSpan NameSpan(RuleContext context, SourceSpan span, string name)
    {
        var source = context.Compilation.FindSource(span.File);
        if (source is null || span.Offset + span.Length > source.Text.Length)
        {
            return span;
        }

        var index = source.Text.IndexOf(name, span.Offset, span.Length, StringComparison.Ordinal);
        return index < 0 ? span : source.Span(index, index + name.Length);
    }

    /// <summary>A fix that writes <paramref name="text"/> in place of <paramref name="span"/>.</summary>
    public static CodeFix Replace(SourceSpan span, string text, string titleEn, string titleZh, bool preferred = true) =>
        new(titleEn, titleZh, preferred, [new FixEdit(span, text)]);

    public static RelatedLocation Here(SourceSpan span, string en, string zh) => new(span, en, zh);
}
