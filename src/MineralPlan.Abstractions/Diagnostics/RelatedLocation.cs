namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>Another place that contributed to a finding, e.g. the parent plan's line.</summary>
public sealed record RelatedLocation(SourceSpan Span, string MessageEn, string MessageZh)
{
    public string Message(Language language) => language == Language.En ? MessageEn : MessageZh;
}
