using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;
using Range = MineralPlan.LanguageServer.Protocol.Range;

namespace MineralPlan.LanguageServer;

/// <summary>
/// LSP positions (0-based line, UTF-16 character) and text offsets. Spans are 1-based with UTF-16 columns
/// (<see cref="SourceSpan"/>), so a span becomes a range by subtracting one; a CJK character of the BMP is one unit
/// on both sides, a supplementary one two on both sides.
/// </summary>
internal sealed class LineMap(string text)
{
    // The line starts are SourceText's (one line map for the compiler and the server); LSP's positions are 0-based.
    private readonly Syntax.SourceText _source = new(string.Empty, text);

    public int Offset(Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _source.LineCount)
        {
            return text.Length;
        }

        var start = _source.LineStart(position.Line + 1);
        var end = start + _source.LineText(position.Line + 1).Length;
        return start + Math.Clamp(position.Character, 0, end - start);
    }

    public Position PositionOf(int offset)
    {
        var (line, column) = _source.Position(offset);
        return new Position(line - 1, column - 1);
    }

    public Range RangeOf(int start, int end) => new(PositionOf(start), PositionOf(end));

    public static Range ToRange(SourceSpan span) =>
        new(new Position(Math.Max(span.Line - 1, 0), Math.Max(span.Column - 1, 0)), new Position(Math.Max(span.EndLine - 1, 0), Math.Max(span.EndColumn - 1, 0)));
}
