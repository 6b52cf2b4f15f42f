using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Model;

/// <summary>A heading of the document: chapter (depth 1), section (2), item (3), subitem (4).</summary>
public sealed record Heading(int Depth, string Title, bool Numbered, ImmutableArray<DocumentNode> Content, SourceSpan Span) : DocumentNode(Span);

public abstract record DocumentNode(SourceSpan Span);

public sealed record Paragraph(InterpolatedText Text) : DocumentNode(Text.Span);

/// <summary>A table or figure placed at this point of the text.</summary>
public sealed record Insertion(Reference Target, SourceSpan Span) : DocumentNode(Span);

/// <summary>
/// 印发通知: the issuing notice printed before a plan (the government's or bureau's letter that publishes it),
/// with its 文号, addressees, body paragraphs, issuing authority and date.
/// </summary>
public sealed record PlanNotice(string Title, string? DocNo, string? Addressee, ImmutableArray<InterpolatedText> Paragraphs, string? Issuer, string? Date, SourceSpan Span);
