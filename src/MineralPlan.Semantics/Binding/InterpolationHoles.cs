namespace MineralPlan.Semantics.Binding;

/// <summary>
/// Where the <c>{…}</c> holes of a string are, by the one rule the binder reads them with (a backslash escapes the next
/// character; a hole closes at the next <c>}</c>, is not empty and holds no <c>{</c>). Offsets are in the string's raw
/// text, between its quotes.
/// </summary>
public static class InterpolationHoles
{
    /// <summary>The raw offset of the <c>}</c> closing the hole opened at <paramref name="open"/>, or -1 when it is no hole.</summary>
    public static int CloseOf(string raw, int open)
    {
        var close = raw.IndexOf('}', open + 1);
        var inner = close < 0 ? string.Empty : raw[(open + 1)..close].Trim();
        return close < 0 || inner.Length == 0 || inner.Contains('{') ? -1 : close;
    }

    /// <summary>Every hole of <paramref name="raw"/>, as the offsets of its braces.</summary>
    public static IEnumerable<(int Open, int Close)> In(string raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i++;
            }
            else if (raw[i] == '{' && CloseOf(raw, i) is var close and >= 0)
            {
                yield return (i, close);
                i = close;
            }
        }
    }
}
