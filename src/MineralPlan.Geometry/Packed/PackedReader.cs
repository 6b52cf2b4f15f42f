using System.Collections.Immutable;
using System.Globalization;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Geometry.Packed;

/// <summary>
/// Reads the national corner-point string (DOMAIN.md §2.10, field ZB of MNR block records):
/// <c>areas, count₁, x, y, … [, 0|-1, v, v], count₂, …</c>. After an area's coordinates a tail of three
/// values may follow; its first value 0 marks a main area, -1 a hole of the main area before it. Empty
/// tail values (<c>"…,,,0"</c> in some exports) are accepted and read as a main area. Trailing commas are ignored.
/// </summary>
public static class PackedReader
{
    /// <summary>The tokens with their character ranges in <paramref name="text"/>, so errors point at a value.</summary>
    public static ImmutableArray<(string Text, int Start, int End)> Tokens(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<(string, int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is ',' or '，')
            {
                var raw = text[start..i];
                var lead = raw.Length - raw.TrimStart().Length;
                tokens.Add((raw.Trim(), start + lead, start + lead + raw.Trim().Length));
                start = i + 1;
            }
        }

        while (tokens.Count > 0 && tokens[^1].Item1.Length == 0)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens.ToImmutable();
    }

    /// <summary>The areas, or the first error: an English and a Chinese reason and the index of the token at fault.</summary>
    public static (ImmutableArray<PackedArea> Areas, (Bilingual Reason, int Token)? Error) Read(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Length == 0)
        {
            return ([], (new("the string is empty", "坐标串为空"), 0));
        }

        if (!int.TryParse(tokens[0].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var areaCount) || areaCount < 1)
        {
            return ([], (new($"the first value '{tokens[0].Text}' must be the number of areas (1 or more)", $"第一个值“{tokens[0].Text}”应为区域数（不小于 1）"), 0));
        }

        var areas = ImmutableArray.CreateBuilder<PackedArea>();
        var cursor = 1;
        for (var a = 0; a < areaCount; a++)
        {
            if (cursor >= tokens.Length)
            {
                return ([], (new($"it announces {areaCount} areas but ends after {a}", $"声明 {areaCount} 个区域，但只有 {a} 个"), tokens.Length - 1));
            }

            var countToken = cursor;
            if (!int.TryParse(tokens[cursor].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                return ([], (new($"'{tokens[cursor].Text}' must be the point count of area {a + 1}", $"“{tokens[cursor].Text}”应为第 {a + 1} 个区域的拐点数"), cursor));
            }

            cursor++;
            // In long: a count near 2^31 must not wrap around and pass this check (then allocate for it).
            if (cursor + (2L * count) > tokens.Length)
            {
                return ([], (new($"area {a + 1} announces {count} points but the string ends first", $"第 {a + 1} 个区域声明 {count} 个拐点，但坐标串提前结束"), countToken));
            }

            var points = ImmutableArray.CreateBuilder<PackedPoint>(count);
            for (var p = 0; p < count; p++, cursor += 2)
            {
                if (!TryNumber(tokens[cursor].Text, out var x))
                {
                    return ([], (NotANumber(tokens[cursor].Text), cursor));
                }

                if (!TryNumber(tokens[cursor + 1].Text, out var y))
                {
                    return ([], (NotANumber(tokens[cursor + 1].Text), cursor + 1));
                }

                points.Add(new PackedPoint(x, y, cursor));
            }

            int? tail = null;
            if (cursor < tokens.Length && tokens[cursor].Text is "0" or "-1" or "")
            {
                if (cursor + 3 > tokens.Length && a < areaCount - 1)
                {
                    return ([], (new("a tail needs three values", "区域标记需要三个值"), cursor));
                }

                tail = tokens[cursor].Text == "-1" ? -1 : 0;
                cursor += 3;
            }

            areas.Add(new PackedArea(points.MoveToImmutable(), tail, countToken));
        }

        if (cursor < tokens.Length)
        {
            return ([], (new($"values remain after the {areaCount} announced area(s)", $"声明的 {areaCount} 个区域之后还有多余的值"), cursor));
        }

        return (areas.ToImmutable(), null);
    }

    private static Bilingual NotANumber(string token) => new($"'{token}' is not a number", $"“{token}”不是数字");

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
