using System.Collections.Immutable;
using System.Text;
using Antlr4.Runtime;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax.Generated;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Syntax.Parsing;

/// <summary>
/// The fast path of parsing: the grammar's rules (MinePlan.g4) read straight from the lexer's tokens into the syntax
/// model, for a file that is well formed. It gives up (null) at the first token it does not expect, and wherever a
/// decision would need more than the fixed lookahead written here; PlanParser then parses the file with ANTLR, which
/// reports the errors. Why hand-written beside the generated parser: building ANTLR's parse tree and walking it into
/// the syntax model was two thirds of parsing a province (issue 14's parse-versus-JSON goal); the grammar stays the
/// definition, the generated parser the only one that reports syntax errors, and a test holds the two paths to the
/// same syntax model on every shipped plan and on the synthetic province.
/// </summary>
internal sealed class DirectParser
{
    private readonly List<IToken> _tokens;
    private readonly SourceText _source;
    private readonly SyntaxBuilder _build;
    private int _at;

    private DirectParser(List<IToken> tokens, SourceText source, SyntaxBuilder build)
    {
        _tokens = tokens;
        _source = source;
        _build = build;
    }

    /// <summary>The syntax model of a well-formed text; null (and no diagnostic added) where ANTLR must decide.</summary>
    public static DocumentSyntax? TryParse(SourceText source, string text, DiagnosticBag diagnostics)
    {
        var lexer = new MinePlanLexer(new FoldedCharStream(text));
        lexer.RemoveErrorListeners();
        var tokens = new List<IToken>(text.Length / 4);
        for (var token = lexer.NextToken(); ; token = lexer.NextToken())
        {
            if (token.Type == MinePlanLexer.ERROR_CHAR)
            {
                return null;
            }

            if (token.Channel == TokenConstants.DefaultChannel)
            {
                tokens.Add(token);
            }

            if (token.Type == TokenConstants.EOF)
            {
                break;
            }
        }

        // Number diagnostics of a parse that gives up would be reported twice, so they wait for the whole file.
        var local = new DiagnosticBag();
        var document = new DirectParser(tokens, source, new SyntaxBuilder(source, local)).Document();
        if (document is not null)
        {
            diagnostics.AddRange(local.ToImmutable());
        }

        return document;
    }

    private int Type(int ahead = 0) => _tokens[Math.Min(_at + ahead, _tokens.Count - 1)].Type;

    private IToken Take() => _tokens[_at++];

    private IToken Last => _tokens[_at - 1];

    // document : member* EOF
    private DocumentSyntax? Document() =>
        Members(TokenConstants.EOF) is { } members ? new DocumentSyntax(_source.Path, members, _source.Span(0, _source.Text.Length)) : null;

    // member : block | property | SEMI — read until the token that closes the list (RBRACE or EOF), not taken.
    private ImmutableArray<MemberSyntax>? Members(int closing)
    {
        var members = ImmutableArray.CreateBuilder<MemberSyntax>();
        while (true)
        {
            var type = Type();
            if (type == closing)
            {
                return members.ToImmutable();
            }

            if (type == MinePlanLexer.SEMI)
            {
                _at++;
                continue;
            }

            MemberSyntax? member = type != MinePlanLexer.IDENT ? null : Type(1) switch
            {
                MinePlanLexer.COLON => Property(),
                MinePlanLexer.IDENT or MinePlanLexer.STRING or MinePlanLexer.LBRACE => Block(),
                _ => null,
            };
            if (member is null)
            {
                return null;
            }

            members.Add(member);
        }
    }

    // block : keyword=name label* LBRACE member* RBRACE
    private BlockSyntax? Block()
    {
        var keyword = Take();
        var labels = ImmutableArray.CreateBuilder<LabelSyntax>();
        while (Type() is MinePlanLexer.IDENT or MinePlanLexer.STRING)
        {
            labels.Add(Label(Take()));
        }

        if (Type() != MinePlanLexer.LBRACE)
        {
            return null;
        }

        _at++;
        if (Members(MinePlanLexer.RBRACE) is not { } members)
        {
            return null;
        }

        var close = Take();
        return new BlockSyntax(Name(keyword), labels.ToImmutable(), members, Span(keyword, close));
    }

    // label : name | STRING
    private LabelSyntax Label(IToken token) => token.Type == MinePlanLexer.STRING
        ? new LabelSyntax(SyntaxBuilder.Unquote(token), true, _build.Span(token))
        : new LabelSyntax(token.Text, false, _build.Span(token));

    // property : key=name COLON value SEMI?
    private PropertySyntax? Property()
    {
        var key = Take();
        _at++;
        if (Value() is not { } value)
        {
            return null;
        }

        if (Type() == MinePlanLexer.SEMI)
        {
            _at++;
        }

        return new PropertySyntax(Name(key), value, Span(key, Last));
    }

    // value : NUMBER_LIST | LBRACK (element (COMMA element)* COMMA?)? RBRACK | scalar
    private ValueSyntax? Value()
    {
        switch (Type())
        {
            case MinePlanLexer.NUMBER_LIST:
                return _build.NumberList(Take());
            case MinePlanLexer.LBRACK:
                var open = Take();
                var elements = ImmutableArray.CreateBuilder<ElementSyntax>();
                while (Type() != MinePlanLexer.RBRACK)
                {
                    if (Element() is not { } element)
                    {
                        return null;
                    }

                    elements.Add(element);
                    if (Type() == MinePlanLexer.COMMA)
                    {
                        _at++;
                    }
                    else if (Type() != MinePlanLexer.RBRACK)
                    {
                        return null;
                    }
                }

                return new ListSyntax(elements.ToImmutable(), Span(open, Take()));
            default:
                return Scalar();
        }
    }

    // element : (label ASSIGN)? value
    private ElementSyntax? Element()
    {
        var first = _tokens[_at];
        LabelSyntax? label = null;
        if (Type() is MinePlanLexer.IDENT or MinePlanLexer.STRING && Type(1) == MinePlanLexer.ASSIGN)
        {
            label = Label(Take());
            _at++;
        }

        return Value() is { } value ? new ElementSyntax(label, value, Span(first, Last)) : null;
    }

    // scalar : NUMBER RANGE NUMBER | comparator? NUMBER unit? | STRING | name (DOT name)*
    private ValueSyntax? Scalar()
    {
        var first = _tokens[_at];
        switch (Type())
        {
            case MinePlanLexer.NUMBER when Type(1) == MinePlanLexer.RANGE:
                if (Type(2) != MinePlanLexer.NUMBER)
                {
                    return null;
                }

                var from = Take();
                _at++;
                var to = Take();
                return new RangeSyntax(_build.Number(from), _build.Number(to), Span(from, to));
            case MinePlanLexer.NUMBER:
                return Quantity(Comparator.Equal);
            case MinePlanLexer.LE:
                return Type(1) == MinePlanLexer.NUMBER ? Quantity(Comparator.LessOrEqual) : null;
            case MinePlanLexer.GE:
                return Type(1) == MinePlanLexer.NUMBER ? Quantity(Comparator.GreaterOrEqual) : null;
            case MinePlanLexer.LT:
                return Type(1) == MinePlanLexer.NUMBER ? Quantity(Comparator.Less) : null;
            case MinePlanLexer.GT:
                return Type(1) == MinePlanLexer.NUMBER ? Quantity(Comparator.Greater) : null;
            case MinePlanLexer.ABOUT:
                return Type(1) == MinePlanLexer.NUMBER ? Quantity(Comparator.About) : null;
            case MinePlanLexer.EQ:
                return Type(1) == MinePlanLexer.NUMBER ? Quantity(Comparator.Equal) : null;
            case MinePlanLexer.STRING:
                var text = Take();
                return SyntaxBuilder.Text(text, _build.Span(text));
            case MinePlanLexer.IDENT:
                var parts = ImmutableArray.CreateBuilder<NameSyntax>();
                parts.Add(Name(Take()));
                while (Type() == MinePlanLexer.DOT)
                {
                    if (Type(1) != MinePlanLexer.IDENT)
                    {
                        return null;
                    }

                    _at++;
                    parts.Add(Name(Take()));
                }

                return new ReferenceSyntax(parts.ToImmutable(), Span(first, Last));
            default:
                return null;
        }
    }

    // QuantityScalar : comparator? NUMBER unit?   with   unit : unitPart (SLASH unitPart)* ; unitPart : name | PERCENT
    private QuantitySyntax? Quantity(Comparator comparator)
    {
        var first = Take();
        var number = first.Type == MinePlanLexer.NUMBER ? first : Take();
        UnitSyntax? unit = null;
        if (HasUnit())
        {
            var start = _tokens[_at];
            var text = new StringBuilder(Take().Text);
            while (Type() == MinePlanLexer.SLASH && Type(1) is MinePlanLexer.IDENT or MinePlanLexer.PERCENT)
            {
                text.Append(Take().Text).Append(Take().Text);
            }

            if (Type() == MinePlanLexer.SLASH)
            {
                return null;
            }

            unit = new UnitSyntax(SyntaxBuilder.Normalise(text.ToString()), Span(start, Last));
        }

        return new QuantitySyntax(comparator, _build.Number(number), number.Text, unit, Span(first, Last));
    }

    /// <summary>
    /// Whether the token after a number begins its unit. A name followed by ':' is the next property's key (no value
    /// is followed by ':'), and one followed by a label string or a brace is the next block's keyword (neither can
    /// follow a unit). A name followed by another name can be read both ways when a block follows
    /// (`面积: 5 平方千米 区块 甲 {`): the grammar's optional unit is greedy, so ANTLR takes the unit, and so does this.
    /// </summary>
    private bool HasUnit() => Type() switch
    {
        MinePlanLexer.PERCENT => true,
        MinePlanLexer.IDENT => Type(1) is not (MinePlanLexer.COLON or MinePlanLexer.STRING or MinePlanLexer.LBRACE),
        _ => false,
    };

    private NameSyntax Name(IToken token) => new(token.Text, _build.Span(token));

    private SourceSpan Span(IToken start, IToken stop) =>
        _source.Span(start.StartIndex, stop.StopIndex >= start.StartIndex ? stop.StopIndex + 1 : start.StartIndex);
}
