using System.Collections.Immutable;

namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>One replacement of source text: the span's text becomes <see cref="NewText"/> (an empty span inserts).</summary>
public sealed record FixEdit(SourceSpan Span, string NewText);

/// <summary>
/// A change that resolves a finding, made by the rule with the finding (as data, so every host can apply it: the
/// editor's code action, <c>mplan fix</c>). <see cref="IsPreferred"/> marks the one clear fix a tool may apply unasked.
/// </summary>
public sealed record CodeFix(string TitleEn, string TitleZh, bool IsPreferred, ImmutableArray<FixEdit> Edits)
{
    public string Title(Language language) => language == Language.En ? TitleEn : TitleZh;
}
