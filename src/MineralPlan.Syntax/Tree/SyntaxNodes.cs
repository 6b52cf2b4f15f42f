using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Syntax.Tree;

// The syntax model: immutable records, each with the span of the source it came from.
// This is the whole tree vocabulary of the language, kept together because it is one concept.

public abstract record SyntaxNode(SourceSpan Span);

/// <summary>One .mplan file.</summary>
public sealed record DocumentSyntax(string Path, ImmutableArray<MemberSyntax> Members, SourceSpan Span) : SyntaxNode(Span);

public abstract record MemberSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>keyword label* { member* }</c>, e.g. <c>分区 ZC01 "东山集中开采区" { ... }</c>.</summary>
public sealed record BlockSyntax(NameSyntax Keyword, ImmutableArray<LabelSyntax> Labels, ImmutableArray<MemberSyntax> Members, SourceSpan Span)
    : MemberSyntax(Span);

/// <summary><c>key: value</c>.</summary>
public sealed record PropertySyntax(NameSyntax Key, ValueSyntax Value, SourceSpan Span) : MemberSyntax(Span);

public sealed record NameSyntax(string Text, SourceSpan Span) : SyntaxNode(Span);

/// <summary>A block label or list-element label: a bare name or a quoted string.</summary>
public sealed record LabelSyntax(string Text, bool IsQuoted, SourceSpan Span) : SyntaxNode(Span);

public abstract record ValueSyntax(SourceSpan Span) : SyntaxNode(Span);

public sealed record ListSyntax(ImmutableArray<ElementSyntax> Elements, SourceSpan Span) : ValueSyntax(Span);

/// <summary>A list element, optionally labelled: <c>小型 = 24 个</c>.</summary>
public sealed record ElementSyntax(LabelSyntax? Label, ValueSyntax Value, SourceSpan Span) : SyntaxNode(Span);

public enum Comparator
{
    Equal,
    LessOrEqual,
    GreaterOrEqual,
    Less,
    Greater,
    About,
}

/// <summary>A number with an optional comparator and unit: <c>&lt;= 200 万吨/年</c>.</summary>
public sealed record QuantitySyntax(Comparator Comparator, decimal Number, string NumberText, UnitSyntax? Unit, SourceSpan Span)
    : ValueSyntax(Span);

public sealed record UnitSyntax(string Text, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>2021..2025</c> (also <c>2021～2025</c>).</summary>
public sealed record RangeSyntax(decimal From, decimal To, SourceSpan Span) : ValueSyntax(Span);

/// <summary>
/// A string literal. <see cref="Value"/> has escapes resolved; <see cref="ContentStart"/> is the
/// source offset of the first character after the opening quote, so interpolation holes can be
/// given exact spans.
/// </summary>
public sealed record TextSyntax(string Value, string Raw, int ContentStart, SourceSpan Span) : ValueSyntax(Span);

/// <summary>A dotted name: <c>铁矿新增</c>, <c>上级.ZC01</c>.</summary>
public sealed record ReferenceSyntax(ImmutableArray<NameSyntax> Parts, SourceSpan Span) : ValueSyntax(Span)
{
    public string Text => string.Join(".", Parts.Select(p => p.Text));
}
