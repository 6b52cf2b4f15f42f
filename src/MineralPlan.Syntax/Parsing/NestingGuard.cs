namespace MineralPlan.Syntax.Parsing;

/// <summary>
/// Finds the first bracket nested deeper than a limit, skipping strings and comments. The parser
/// is recursive; this keeps a pathological file from exhausting the stack.
/// </summary>
internal static class NestingGuard
{
    private static readonly System.Buffers.SearchValues<char> Interesting = System.Buffers.SearchValues.Create("\"/{[}]");

    public static int? FindTooDeep(string text, int limit)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Jump to the next character that matters: most of a plan is text and numbers.
            var next = text.AsSpan(i).IndexOfAny(Interesting);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            switch (c)
            {
                case '"':
                    i = SkipString(text, i);
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = SkipTo(text, i, "\n");
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    i = SkipTo(text, i + 2, "*/");
                    break;
                case '{' or '[':
                    if (++depth > limit)
                    {
                        return i;
                    }

                    break;
                case '}' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    private static int SkipString(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] is '"' or '\n')
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int SkipTo(string text, int start, string end)
    {
        var index = text.IndexOf(end, start, StringComparison.Ordinal);
        return index < 0 ? text.Length : index + end.Length - 1;
    }
}
