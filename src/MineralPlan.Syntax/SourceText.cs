using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Syntax;

/// <summary>The text of one file with a line map, so any offset becomes a line and column.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private int _lastLine;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts[line++] = i + 1;
        }

        _lineStarts = starts;
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        // Why the hint: the syntax builder asks for offsets in file order, two per node, so the line of the last
        // answer (or the next one) is nearly always right; a stale hint from another thread is only checked, never trusted.
        var line = _lastLine;
        if (!OnLine(line, offset) && !OnLine(++line, offset))
        {
            var index = _lineStarts.AsSpan().BinarySearch(offset);
            line = index >= 0 ? index : ~index - 1;
        }

        _lastLine = line;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private bool OnLine(int line, int offset) =>
        line < _lineStarts.Length && _lineStarts[line] <= offset && (line + 1 == _lineStarts.Length || offset < _lineStarts[line + 1]);

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
