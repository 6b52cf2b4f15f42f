using System.Globalization;
using System.Text;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Tree;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Syntax;

/// <summary>Bad input never crashes: every case ends in diagnostics with spans inside the file, or a clean result.</summary>
public sealed class RobustnessTests
{
    private static readonly string Skeleton = File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan"));

    [Fact]
    public void Every_prefix_of_a_valid_plan_parses_and_binds_without_an_exception()
    {
        for (var length = 0; length <= Skeleton.Length; length++)
        {
            AssertWellBehaved(Skeleton[..length]);
        }
    }

    [Fact]
    public void Thousands_of_mutated_plans_never_throw_and_keep_spans_inside_the_file()
    {
        var random = new Random(20211125);
        const string alphabet = "{}[]:;,.=\"/<>~%\\ \n规划章段值个万吨0123456789abc";
        for (var i = 0; i < 3000; i++)
        {
            var text = new StringBuilder(Skeleton);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
                        break;
                    case 1:
                        text.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    default:
                        var other = random.Next(text.Length);
                        (text[at], text[other]) = (text[other], text[at]);
                        break;
                }
            }

            AssertWellBehaved(text.ToString());
        }
    }

    [Fact]
    public void Garbage_gives_diagnostics_not_exceptions()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var (text, diagnostics) = SourceReader.Decode(bytes, "garbage.mplan");
        Assert.True(text is not null || diagnostics.Count > 0);
        if (text is not null)
        {
            AssertWellBehaved(text);
        }

        AssertWellBehaved("\u0001\u0002}}}{{{\"\"\"::::");
    }

    [Fact]
    public void Deep_nesting_is_refused_with_a_diagnostic()
    {
        var text = string.Concat(Enumerable.Repeat("章 \"x\" {", 100_000));
        var result = PlanParser.Parse(text, "deep.mplan");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("MP0005", d.Code);
        Assert.Equal(1, d.Span.Line);
    }

    [Fact]
    public void A_20_MB_file_parses()
    {
        var builder = new StringBuilder(Compile.Header);
        var paragraph = "段: \"" + new string('矿', 200) + "\"\n";
        builder.Append("章 \"大文件\" {\n");
        while (builder.Length < 20 * 1024 * 1024 / 2)
        {
            builder.Append(paragraph);
        }

        builder.Append("}\n");
        var text = builder.ToString();
        Assert.True(Encoding.UTF8.GetByteCount(text) >= 20 * 1024 * 1024);
        var compilation = Compile.Text(text);
        Assert.Empty(compilation.Diagnostics);
        Assert.NotNull(compilation.Plan);
    }

    [Fact]
    public void A_utf8_bom_and_crlf_line_ends_change_nothing()
    {
        var plain = Dump(Skeleton);
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Skeleton.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        var (text, diagnostics) = SourceReader.Decode(bom, "bom.mplan");
        Assert.Empty(diagnostics);
        Assert.Equal(plain, Dump(text!));

        var broken = Compile.Text(Skeleton.Replace("值: 26 个", "值: 26 个 ]", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
        var d = Assert.Single(broken.Diagnostics);
        Assert.Equal((14, 13), (d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void A_gb18030_file_is_read_correctly_with_a_warning()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Skeleton);
        var (text, diagnostics) = SourceReader.Decode(bytes, "gbk.mplan");
        Assert.Equal(Skeleton, text);
        Assert.Equal("MP0004", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Parsing_under_a_decimal_comma_culture_changes_nothing()
    {
        var invariant = Dump(Skeleton + "\n指标 half { 值: 0.5 万吨 }\n");
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal(invariant, Dump(Skeleton + "\n指标 half { 值: 0.5 万吨 }\n"));
            Assert.Contains("0.5 万吨 = 5000 base", invariant, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [MemberData(nameof(Plans.FileData), MemberType = typeof(Plans))]
    public void Child_spans_lie_inside_parent_spans(string file)
    {
        var result = PlanParser.Parse(File.ReadAllText(Repo.PathOf(file)), file);
        foreach (var member in result.Document.Members)
        {
            AssertInside(result.Document.Span, member);
        }
    }

    private static void AssertInside(SourceSpan parent, SyntaxNode node)
    {
        Assert.True(parent.Contains(node.Span), $"{node.GetType().Name} at {node.Span} is outside {parent}");
        IEnumerable<SyntaxNode> children = node switch
        {
            BlockSyntax b => [b.Keyword, .. b.Labels, .. b.Members],
            PropertySyntax p => [p.Key, p.Value],
            ListSyntax l => l.Elements,
            ElementSyntax e => e.Label is null ? [e.Value] : [e.Label, e.Value],
            QuantitySyntax { Unit: { } u } => [u],
            ReferenceSyntax r => r.Parts,
            _ => [],
        };
        foreach (var child in children)
        {
            AssertInside(node.Span, child);
        }
    }

    private static void AssertWellBehaved(string text)
    {
        var compilation = Compile.Text(text);
        var all = compilation.Diagnostics.Concat(PlanChecker.Check(compilation)).ToList();
        foreach (var d in all)
        {
            Assert.InRange(d.Span.Offset, 0, text.Length);
            Assert.InRange(d.Span.Offset + d.Span.Length, 0, text.Length);
            Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1);
            _ = d.Message(Language.Zh);
            _ = d.Message(Language.En);
        }
    }

    private static string Dump(string text) => ModelDump.Write(Compile.Text(text).Plan!);
}
