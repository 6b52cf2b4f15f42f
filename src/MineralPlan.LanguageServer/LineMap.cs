using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;
using Range = MineralPlan.LanguageServer.Protocol.Range;

namespace MineralPlan.LanguageServer;

/// <summary>
/// LSP positions (0-based line, UTF-16 character) and text offsets. Spans are 1-based with UTF-16 columns
/// (<see cref="SourceSpan"/>), so a span becomes a range by subtracting one; a CJK character of the BMP is one unit
/// on both sides, a supplementary one two on both sides.
/// </summary>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _starts;

    public LineMap(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];
    }

    public int Offset(Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _starts.Length)
        {
            return _text.Length;
        }

        var start = _starts[position.Line];
        var end = position.Line + 1 < _starts.Length ? _starts[position.Line + 1] - 1 : _text.Length;
        if (end > start && end <= _text.Length && end - 1 >= start && end - 1 < _text.Length && _text[end - 1] == '\r')
        {
            end--;
        }

        return start + Math.Clamp(position.Character, 0, end - start);
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(_starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new Position(line, offset - _starts[line]);
    }

    public Range RangeOf(int start, int end) => new(PositionOf(start), PositionOf(end));

    public static Range ToRange(SourceSpan span) =>
        new(new Position(Math.Max(span.Line - 1, 0), Math.Max(span.Column - 1, 0)), new Position(Math.Max(span.EndLine - 1, 0), Math.Max(span.EndColumn - 1, 0)));
}
