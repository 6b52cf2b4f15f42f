using System.Collections;
using System.Collections.Immutable;
using System.Text;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Fuzz;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Parsing;
using MineralPlan.Syntax.Tree;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Syntax;

/// <summary>
/// The direct reader (the fast path) and ANTLR's parser must give one syntax model: node for node, span for span,
/// number diagnostic for number diagnostic. Where the direct reader gives up, ANTLR's result is the answer; where it
/// does not, the file must be one ANTLR parses without a syntax error.
/// </summary>
public sealed class DirectParserTests
{
    public static TheoryData<string> ShippedFiles() =>
        [.. Corpus.Load(Repo.Root).Entries.Select(e => e.Path)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_file_is_read_directly_into_the_model_ANTLR_builds(string path)
    {
        var source = new SourceText(path, File.ReadAllText(Path.Combine(Repo.Root, path)));
        var direct = DirectParser.TryParse(source, source.Text, new DiagnosticBag());
        Assert.NotNull(direct);
        Assert.Equal(Dump(PlanParser.Parse(source, direct: false).Document), Dump(direct));
    }

    [Theory]
    // A unit, then the next property's key.
    [InlineData("a: 5 平方千米\nb: 1")]
    [InlineData("a: 5 吨/年 ; b: 6 %\n")]
    // A unit, then a block: the optional unit is greedy, in ANTLR and here.
    [InlineData("a: 5 平方千米\n区块 甲 { b: 1 }")]
    [InlineData("a: 5 平方千米 区块 { }")]
    [InlineData("x { a: 5 平方千米 区块 甲 \"乙\" { } }")]
    // No unit: the name is the next block's keyword.
    [InlineData("a: 5\n区块 \"甲\" { }")]
    [InlineData("a: 5\n区块 { }")]
    [InlineData("a: ≥5 吨\nb: ≈ 3\nc: < 2 ％")]
    [InlineData("a: > 5 吨\nb: == 3\nc: <= 4 个")]
    [InlineData("a: 1..2 ; b: 1～2")]
    [InlineData("a: [1, 2, 3]\nb: [甲 = 1 吨, \"乙\" = x.y, [1, 2], ]\nc: []")]
    [InlineData("a: 上级.目标.x; b: \"带\\\"转义\\n的\\{文字\\}\"")]
    [InlineData("// 注释\n块 /* 中间 */ 名 { a: 1 } ;;")]
    [InlineData("a: 99999999999999999999999999999999 吨")]
    [InlineData("a: [1e3, -2.5, 3E-1]")]
    public void Snippets_read_directly_match_ANTLR(string text)
    {
        var source = new SourceText("t.mplan", text);
        var directDiagnostics = new DiagnosticBag();
        var direct = DirectParser.TryParse(source, text, directDiagnostics);
        var antlr = PlanParser.Parse(source, direct: false);
        Assert.NotNull(direct);
        Assert.Equal(Dump(antlr.Document), Dump(direct));
        Assert.Equal(antlr.Diagnostics.Select(d => d.ToString()), directDiagnostics.ToImmutable().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("a: ")]
    [InlineData("a 5")]
    [InlineData("a: 5 吨/")]
    [InlineData("a: [1 2]")]
    [InlineData("a: x.")]
    [InlineData("块 { a: 1")]
    [InlineData("}")]
    [InlineData("a: 1 # b")]
    [InlineData("a: 1..x")]
    [InlineData("a: ≤ 吨")]
    [InlineData("a: ≥ 吨")]
    [InlineData("a: ≈ 吨")]
    [InlineData("a: > 吨")]
    [InlineData("a: == x")]
    [InlineData("块 名 : x: 1 }")]
    public void A_file_with_a_syntax_error_is_left_to_ANTLR_which_reports_it(string text)
    {
        var source = new SourceText("t.mplan", text);
        var diagnostics = new DiagnosticBag();
        Assert.Null(DirectParser.TryParse(source, text, diagnostics));
        Assert.Equal(0, diagnostics.Count);
        Assert.Contains(PlanParser.Parse(source).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Mutated_plans_read_directly_are_exactly_those_ANTLR_reads_without_error_and_give_its_model()
    {
        var corpus = Corpus.Load(Repo.Root);
        var mutator = new Mutator(new Random(20261201), corpus);
        var read = 0;
        for (var i = 0; i < 1500; i++)
        {
            var entry = corpus.Entries[i % corpus.Entries.Count];
            var text = Encoding.UTF8.GetString(mutator.Mutate(entry.Bytes));
            var source = new SourceText(entry.Path, text);
            var antlr = PlanParser.Parse(source, direct: false);
            if (antlr.Diagnostics.Any(d => d.Code == "MP0005"))
            {
                continue;   // refused before parsing (nesting), by both paths alike
            }

            var cleaned = ControlCharacters.Clean(source, new DiagnosticBag());
            var direct = DirectParser.TryParse(source, cleaned, new DiagnosticBag());
            var syntaxErrors = antlr.Diagnostics.Any(d => d.Code is "MP0001" or "MP0002" or "MP0008");
            if (direct is null)
            {
                continue;
            }

            read++;
            Assert.False(syntaxErrors, $"input {i} ({entry.Path}): read directly, but ANTLR reports {string.Join("; ", antlr.Diagnostics)}");
            Assert.Equal(Dump(antlr.Document), Dump(direct));
        }

        Assert.True(read > 300, $"only {read} mutated inputs were read directly");
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("7", true)]
    [InlineData("-7", true)]
    [InlineData("1.50", true)]
    [InlineData("-0.001", true)]
    [InlineData("007.10", true)]
    [InlineData("123456789012345678", true)]
    [InlineData("4567890.123456789", true)]
    [InlineData("1234567890123456789", false)]   // 19 digits: past a long, left to decimal.Parse
    [InlineData("-0", false)]                    // negative zero: left to decimal.Parse
    [InlineData("-0.0", false)]
    [InlineData("1.", false)]
    [InlineData("1e3", false)]
    [InlineData("1.2.3", false)]
    [InlineData("1..5", false)]                  // a second point straight after the first
    [InlineData(".5", false)]                    // a point before any digit
    [InlineData("-.5", false)]
    [InlineData("-", false)]
    [InlineData("", false)]
    public void A_plain_number_is_read_to_the_value_and_scale_decimal_parse_gives_or_left_to_it(string text, bool direct)
    {
        var plain = SyntaxBuilder.PlainDecimal(text);
        Assert.Equal(direct, plain is not null);
        if (plain is null)
        {
            return;
        }

        var parsed = decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(parsed, plain.Value);
        Assert.Equal(parsed.Scale, plain.Value.Scale);
        Assert.Equal(parsed.ToString(System.Globalization.CultureInfo.InvariantCulture), plain.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Random_plain_numbers_read_directly_equal_decimal_parse()
    {
        var random = new Random(7);
        var read = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = (random.Next(3) == 0 ? "-" : string.Empty) + random.NextInt64(0, 10_000_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var point = random.Next(-3, text.Length);
            if (point > 0 && point < text.Length && text[point - 1] != '-')
            {
                text = text[..point] + "." + text[point..];
            }

            if (SyntaxBuilder.PlainDecimal(text) is { } plain)
            {
                read++;
                var parsed = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(parsed.ToString(System.Globalization.CultureInfo.InvariantCulture), plain.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.True(read > 19_000, $"only {read} read directly");
    }

    /// <summary>Every node's kind, every property's value and every span, recursively, as text.</summary>
    private static string Dump(SyntaxNode node)
    {
        var text = new StringBuilder();
        Write(node, text, 0);
        return text.ToString();
    }

    private static void Write(object? value, StringBuilder text, int depth)
    {
        switch (value)
        {
            case SyntaxNode node:
                text.Append(' ', depth * 2).AppendLine(node.GetType().Name);
                foreach (var property in node.GetType().GetProperties().Where(p => p.Name != "EqualityContract").OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    text.Append(' ', depth * 2 + 1).Append(property.Name).AppendLine(":");
                    Write(property.GetValue(node), text, depth + 1);
                }

                break;
            case string s:
                text.Append(' ', depth * 2).AppendLine(s);
                break;
            case SourceSpan span:
                // SourceSpan prints file:line:col only; the offsets and the end matter as much.
                text.Append(' ', depth * 2).AppendLine($"{span.File} @{span.Offset}+{span.Length} {span.Line}:{span.Column}-{span.EndLine}:{span.EndColumn}");
                break;
            case IEnumerable items when value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(ImmutableArray<>):
                foreach (var item in items)
                {
                    Write(item, text, depth + 1);
                }

                break;
            default:
                text.Append(' ', depth * 2).AppendLine(value?.ToString() ?? "null");
                break;
        }
    }
}
