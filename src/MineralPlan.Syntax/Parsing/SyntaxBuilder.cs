using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax.Generated;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Syntax.Parsing;

/// <summary>
/// The one CST-to-syntax-model walk. Each method is headed by the grammar rule it implements.
/// Parts of the tree that error recovery left incomplete are skipped; their errors are already
/// diagnostics.
/// </summary>
internal sealed class SyntaxBuilder(SourceText source, DiagnosticBag diagnostics)
{
    // document : member* EOF
    public DocumentSyntax Document(MinePlanParser.DocumentContext context) =>
        new(source.Path, Members(context.member()), source.Span(0, source.Text.Length));

    private ImmutableArray<MemberSyntax> Members(IEnumerable<MinePlanParser.MemberContext> members)
    {
        var result = ImmutableArray.CreateBuilder<MemberSyntax>();
        foreach (var member in members)
        {
            var built = member switch
            {
                MinePlanParser.BlockMemberContext b => (MemberSyntax?)Block(b.block()),
                MinePlanParser.PropertyMemberContext p => Property(p.property()),
                _ => null,
            };
            if (built is not null)
            {
                result.Add(built);
            }
        }

        return result.ToImmutable();
    }

    // block : keyword=name label* LBRACE member* RBRACE
    private BlockSyntax? Block(MinePlanParser.BlockContext? context)
    {
        if (context?.keyword is null)
        {
            return null;
        }

        var labels = context.label().Select(Label).OfType<LabelSyntax>().ToImmutableArray();
        return new BlockSyntax(Name(context.keyword), labels, Members(context.member()), Span(context));
    }

    // label : name | STRING
    private LabelSyntax? Label(MinePlanParser.LabelContext context) => context switch
    {
        MinePlanParser.NameLabelContext n => new LabelSyntax(NameText(n.name()), false, Span(n)),
        MinePlanParser.StringLabelContext s => new LabelSyntax(Unquote(s.STRING().Symbol), true, Span(s)),
        _ => null,
    };

    // property : key=name COLON value SEMI?
    private PropertySyntax? Property(MinePlanParser.PropertyContext? context)
    {
        if (context?.key is null || context.value() is null)
        {
            return null;
        }

        var value = Value(context.value());
        return value is null ? null : new PropertySyntax(Name(context.key), value, Span(context));
    }

    // value : LBRACK (element (COMMA element)* COMMA?)? RBRACK | scalar
    private ValueSyntax? Value(MinePlanParser.ValueContext? context) => context switch
    {
        MinePlanParser.NumberListValueContext n => NumberList(n.NUMBER_LIST().Symbol),
        MinePlanParser.ListValueContext l => new ListSyntax(l.element().Select(Element).OfType<ElementSyntax>().ToImmutableArray(), Span(l)),
        MinePlanParser.ScalarValueContext s => Scalar(s.scalar()),
        _ => null,
    };

    // NUMBER_LIST: one token for `[n, n, ...]`; each number becomes the element a ListValue would give.
    internal ListSyntax NumberList(IToken token)
    {
        var text = token.Text;
        var elements = ImmutableArray.CreateBuilder<ElementSyntax>();
        var i = 1;
        while (i < text.Length - 1)
        {
            if (text[i] != '-' && !char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < text.Length - 1 && IsNumberChar(text[i]))
            {
                i++;
            }

            var numberText = text[start..i];
            var span = source.Span(token.StartIndex + start, token.StartIndex + i);
            var quantity = new QuantitySyntax(Comparator.Equal, Number(numberText, span), numberText, null, span);
            elements.Add(new ElementSyntax(null, quantity, span));
        }

        return new ListSyntax(elements.ToImmutable(), Span(token));
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-';

    // element : (label ASSIGN)? value
    private ElementSyntax? Element(MinePlanParser.ElementContext context)
    {
        var value = Value(context.value());
        if (value is null)
        {
            return null;
        }

        var label = context.label() is { } l ? Label(l) : null;
        return new ElementSyntax(label, value, Span(context));
    }

    // scalar : RangeScalar | QuantityScalar | TextScalar | ReferenceScalar
    private ValueSyntax? Scalar(MinePlanParser.ScalarContext? context) => context switch
    {
        MinePlanParser.RangeScalarContext r when r.to is not null =>
            new RangeSyntax(Number(r.from), Number(r.to), Span(r)),
        MinePlanParser.QuantityScalarContext q when q.NUMBER() is not null => Quantity(q),
        MinePlanParser.TextScalarContext t => Text(t.STRING().Symbol, Span(t)),
        MinePlanParser.ReferenceScalarContext r =>
            new ReferenceSyntax(r.name().Select(Name).ToImmutableArray(), Span(r)),
        _ => null,
    };

    // QuantityScalar : comparator? NUMBER unit?
    private QuantitySyntax Quantity(MinePlanParser.QuantityScalarContext context)
    {
        var comparator = context.comparator()?.Start.Type switch
        {
            MinePlanLexer.LE => Comparator.LessOrEqual,
            MinePlanLexer.GE => Comparator.GreaterOrEqual,
            MinePlanLexer.LT => Comparator.Less,
            MinePlanLexer.GT => Comparator.Greater,
            MinePlanLexer.ABOUT => Comparator.About,
            _ => Comparator.Equal,
        };
        var number = context.NUMBER().Symbol;
        var unit = context.unit() is { } u ? new UnitSyntax(Normalise(u.GetText()), Span(u)) : null;
        return new QuantitySyntax(comparator, Number(number), number.Text, unit, Span(context));
    }

    internal static string Normalise(string unit) => unit.Replace('／', '/').Replace('％', '%');

    // A number ANTLR's recovery conjured ("<missing NUMBER>", no place in the file) already has its MP0001; reading it
    // as a number would add an MP0007 at the start of the file for text nobody wrote.
    internal decimal Number(IToken token) => token.StartIndex < 0 ? 0m : Number(token.Text, Span(token));

    private decimal Number(string text, SourceSpan span)
    {
        if (PlainDecimal(text) is { } plain)
        {
            return plain;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Add(SyntaxDiagnostics.BadNumber, span, text);
        return 0m;
    }

    /// <summary>
    /// A plain number (-?digits, an optional .digits, at most 18 digits) read directly, with its scale kept as
    /// decimal.Parse keeps it (1.50 stays 1.50); null for anything else, which decimal.TryParse reads. Why by hand:
    /// corner coordinates are most of a province's numbers, and the general parser was a tenth of building its syntax.
    /// </summary>
    internal static decimal? PlainDecimal(ReadOnlySpan<char> text)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var negative = i == 1;
        long mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                scale = scale < 0 ? scale : scale + 1;
            }
            else if (c == '.' && scale < 0 && digits > 0)
            {
                scale = 0;
            }
            else
            {
                return null;
            }
        }

        if (digits == 0 || digits > 18 || scale == 0 || (negative && mantissa == 0))
        {
            return null;
        }

        return new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
    }

    internal static TextSyntax Text(IToken token, SourceSpan span)
    {
        // A token's Text is a new string on every read (ANTLR cuts it from the input), so it is read once.
        var raw = token.Text;
        return new(Unquote(raw), raw.Length >= 2 ? raw[1..^1] : string.Empty, token.StartIndex + 1, span);
    }

    internal static string Unquote(IToken token) => Unquote(token.Text);

    private static string Unquote(string raw)
    {
        if (raw.Length < 2)
        {
            return string.Empty;
        }

        if (!raw.Contains('\\', StringComparison.Ordinal))
        {
            return raw[1..^1];
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length - 1)
            {
                i++;
                builder.Append(raw[i] switch
                {
                    'n' => "\n",
                    't' => "\t",
                    // Escaped braces stay escaped so interpolation can tell them from holes.
                    '{' => "\\{",
                    '}' => "\\}",
                    var other => other.ToString(),
                });
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // name : IDENT — one token, so its text is the token's (GetText would walk the children into a builder).
    private NameSyntax Name(MinePlanParser.NameContext context) => new(NameText(context), Span(context));

    private static string NameText(MinePlanParser.NameContext context) =>
        context.ChildCount == 1 && context.GetChild(0) is ITerminalNode token ? token.Symbol.Text : context.GetText();

    private SourceSpan Span(ParserRuleContext context)
    {
        var start = context.Start?.StartIndex ?? 0;
        var stop = context.Stop is { } s && s.StopIndex >= start ? s.StopIndex + 1 : start;
        return source.Span(start, stop);
    }

    internal SourceSpan Span(IToken token) => source.Span(token.StartIndex, token.StopIndex + 1);
}
