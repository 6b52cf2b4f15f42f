using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Syntax.Parsing;

/// <summary>
/// C0 control characters (U+0000-U+001F except tab, line feed and carriage return) are invisible in an
/// editor and illegal in XML 1.0, so a plan must not carry them into Word or HTML output. Each is reported
/// where it stands (MP0010), and the parser sees a space in its place: one character for one, so every
/// offset and span stays that of the file.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>More than this many are summarised by the first ones: a binary file pasted into a plan should not print a million lines.</summary>
    private const int MaxReported = 20;

    // Vectorised search: every plan file passes through here, and almost none holds a control character.
    private static readonly System.Buffers.SearchValues<char> Controls =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)]);

    public static string Clean(SourceText source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        char[]? cleaned = null;
        var reported = 0;
        for (var i = text.AsSpan().IndexOfAny(Controls); i >= 0; i = NextFrom(text, i + 1))
        {
            if (reported++ < MaxReported)
            {
                diagnostics.Add(SyntaxDiagnostics.ControlCharacter, source.Span(i, i + 1), ((int)text[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }

            cleaned ??= text.ToCharArray();
            cleaned[i] = ' ';
        }

        return cleaned is null ? text : new string(cleaned);
    }

    private static int NextFrom(string text, int start) => text.AsSpan(start).IndexOfAny(Controls) is var next and >= 0 ? start + next : -1;
}
