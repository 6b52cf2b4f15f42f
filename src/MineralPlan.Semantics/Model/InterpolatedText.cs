using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Model;

/// <summary>Text with holes: literal pieces and references that the renderer fills from the model.</summary>
public sealed record InterpolatedText(ImmutableArray<TextPiece> Pieces, SourceSpan Span)
{
    /// <summary>The text with holes shown as {ref}, as written (for dumps and diffs).</summary>
    public string Source => string.Concat(Pieces.Select(p => p is TextHole h ? "{" + h.Reference.Text + "}" : ((TextLiteral)p).Text));
}

public abstract record TextPiece;

public sealed record TextLiteral(string Text) : TextPiece;

public sealed record TextHole(Reference Reference) : TextPiece;
