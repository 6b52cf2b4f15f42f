using System.Text;

namespace MineralPlan.Fuzz;

/// <summary>
/// Byte-wise and structural mutations of plan text. Structural ones keep most of the file valid so that
/// the input gets past the parser into binding, the rules and the renderers, where the deeper bugs live.
/// </summary>
public sealed class Mutator(Random random, Corpus corpus)
{
    private static readonly string[] Numbers =
    [
        "0", "-1", "1e400", "1e28", "-1e28", "999999999999999999999", "79228162514264337593543950335", "2147483647", "-2147483648",
        "0.0000000000000000000000000001", "1.5e-30", "NaN", "Infinity", "00", "1..2", "1e", ".5", "5.", "4294967296",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "\"", ":", ",", "..", "=", "上级.", "{x}", "{mines2020.大中型}", "规划 ", "分区 ", "区块 ", "指标 ", "章 ", "表格 ",
        "例外 e { 规则: MP2001 对象: x 理由: \"r\" }", "值: ", "边界: ", "\"../../../../etc/passwd#0\"", "\"/dev/zero#0\"", "\"x.shp#99999999999\"",
        "\"1,2147483647,1,2\"", "\"2147483647\"", "坐标系: \"CGCS2000 GK3 40\"", "<script>", "](javascript:x)", "\u0000", "\u0001", "\u001f", "\u200b",
        "\uFEFF", "\uD800", "𠀀", "万吨", "亿吨", "km2", "%", "/年", "个", "//", "/*", "\r", "\t", "约", "≤", "≥", "<=", ">=",
    ];

    public byte[] Mutate(byte[] input)
    {
        var bytes = new List<byte>(input);
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(11))
            {
                case 0 when bytes.Count > 0:
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.InsertRange(random.Next(bytes.Count + 1), Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                    break;
                case 2 when bytes.Count > 0:
                    var at = random.Next(bytes.Count);
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64)));
                    break;
                case 3 when bytes.Count > 0:
                    var cut = random.Next(bytes.Count);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    break;
                default:
                    bytes = [.. Encoding.UTF8.GetBytes(Structural(Encoding.UTF8.GetString([.. bytes])))];
                    break;
            }
        }

        return [.. bytes];
    }

    private string Structural(string text)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(8))
        {
            case 0 when lines.Count > 1:
                lines.RemoveAt(random.Next(lines.Count));
                break;
            case 1:
                var line = lines[random.Next(lines.Count)];
                lines.Insert(random.Next(lines.Count + 1), line);
                break;
            case 2 when lines.Count > 1:
                var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            case 3:
                var other = Encoding.UTF8.GetString(corpus.Entries[random.Next(corpus.Entries.Count)].Bytes).Split('\n');
                lines.Insert(random.Next(lines.Count + 1), other[random.Next(other.Length)]);
                break;
            case 4:
                return ReplaceNumber(text);
            case 5:
                return text.Insert(random.Next(text.Length + 1), new string('[', 1 + random.Next(80)));
            default:
                return text.Insert(random.Next(text.Length + 1), Tokens[random.Next(Tokens.Length)]);
        }

        return string.Join('\n', lines);
    }

    private string ReplaceNumber(string text)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))).ToList();
        if (digits.Count == 0)
        {
            return text;
        }

        var start = digits[random.Next(digits.Count)];
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }

        return text[..start] + Numbers[random.Next(Numbers.Length)] + text[end..];
    }
}
