using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Syntax;

/// <summary>The text of one file with a line map, so any offset becomes a line and column.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    public SourceSpan Span(int start, int endExclusive)
    {
        start = Math.Clamp(start, 0, Text.Length);
        endExclusive = Math.Clamp(endExclusive, start, Text.Length);
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(endExclusive);
        return new SourceSpan(Path, start, endExclusive - start, line, column, endLine, endColumn);
    }

    /// <summary>The offset where a 1-based line starts; past the last line, the end of the text.</summary>
    public int LineStart(int line) => line < 1 ? 0 : line > _lineStarts.Length ? Text.Length : _lineStarts[line - 1];

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return string.Empty;
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\n', '\r');
    }
}
