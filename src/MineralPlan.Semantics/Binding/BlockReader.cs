using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;
using MineralPlan.Semantics.Units;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Semantics.Binding;

/// <summary>
/// Reads one block against its schema: normalises keys to their canonical spelling, reports unknown
/// and repeated keys, and offers typed getters that report a wrong kind of value at its span.
/// </summary>
internal sealed class BlockReader
{
    private readonly Dictionary<string, List<PropertySyntax>> _properties = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    public BlockReader(BlockSyntax block, BlockSchema schema, DiagnosticBag diagnostics)
    {
        Block = block;
        Schema = schema;
        _diagnostics = diagnostics;
        foreach (var member in block.Members)
        {
            switch (member)
            {
                case PropertySyntax p:
                    var key = Words.Properties.Canonical(p.Key.Text);
                    if (key is null || !schema.Properties.Contains(key))
                    {
                        diagnostics.Add(BindDiagnostics.UnknownProperty, p.Key.Span, p.Key.Text, block.Keyword.Text, Allowed(schema));
                        continue;
                    }

                    if (!_properties.TryGetValue(key, out var list))
                    {
                        _properties[key] = list = [];
                    }
                    else if (!schema.Repeatable.Contains(key))
                    {
                        diagnostics.Add(BindDiagnostics.DuplicateProperty, p.Key.Span, p.Key.Text);
                        continue;
                    }

                    list.Add(p);
                    break;
                case BlockSyntax child:
                    var kind = Words.Blocks.Canonical(child.Keyword.Text);
                    if (kind is null || !schema.Children.Contains(kind))
                    {
                        var children = schema.Children.Count == 0 ? "-" : Words.Blocks.ChineseOf(schema.Children);
                        diagnostics.Add(BindDiagnostics.UnknownBlock, child.Keyword.Span, child.Keyword.Text, children);
                        continue;
                    }

                    Children.Add((kind, child));
                    break;
            }
        }

        ReadLabels();
    }

    public BlockSyntax Block { get; }

    // Only a finding needs the list of allowed keys; built for every block, it was a tenth of binding a province.
    private static string Allowed(BlockSchema schema) =>
        string.Join(" ", schema.Properties.Order(StringComparer.Ordinal).Select(p => Words.Properties.Find(p)?.Chinese ?? p));

    public BlockSchema Schema { get; }

    public string? Id { get; private set; }

    public string? Name { get; private set; }

    public List<(string Kind, BlockSyntax Block)> Children { get; } = [];

    /// <summary>Members in source order (paragraphs, insertions, child headings) for text blocks.</summary>
    public IEnumerable<MemberSyntax> OrderedMembers => Block.Members;

    public DiagnosticBag Diagnostics => _diagnostics;

    public bool Has(string key) => _properties.ContainsKey(key);

    public PropertySyntax? Get(string key) => _properties.TryGetValue(key, out var list) ? list[0] : null;

    public IReadOnlyList<PropertySyntax> GetAll(string key) => _properties.TryGetValue(key, out var list) ? list : [];

    private void ReadLabels()
    {
        var labels = Block.Labels;
        LabelSyntax? firstBare = null, firstQuoted = null;
        int bare = 0, quoted = 0;
        foreach (var label in labels)
        {
            if (label.IsQuoted)
            {
                firstQuoted ??= label;
                quoted++;
            }
            else
            {
                firstBare ??= label;
                bare++;
            }
        }

        var ok = Schema.Labels switch
        {
            LabelShape.Id => bare == 1 && quoted == 0,
            LabelShape.IdAndName => bare <= 1 && quoted <= 1,
            LabelShape.Title => quoted == 1 && bare <= 1,
            _ => labels.Length == 0,
        };
        if (!ok)
        {
            Bilingual expected = Schema.Labels switch
            {
                LabelShape.Id => new("one id (a bare name)", "一个标识"),
                LabelShape.IdAndName => new("an optional id and an optional \"name\"", "可选标识和可选“名称”"),
                LabelShape.Title => new("one \"title\"", "一个带引号的标题"),
                _ => new("no labels", "无标签"),
            };
            var span = labels.Length > 0 ? labels[0].Span : Block.Keyword.Span;
            _diagnostics.Add(BindDiagnostics.BadLabels, span, Block.Keyword.Text, expected);
        }

        Id = firstBare?.Text;
        Name = firstQuoted?.Text;
    }

    // ---- typed getters ------------------------------------------------------------------------

    public string? Text(string key) => Get(key) is { } p ? TextOf(p.Key.Text, p.Value) : null;

    public string? TextOf(string what, ValueSyntax value)
    {
        switch (value)
        {
            case TextSyntax t:
                return t.Value;
            case ReferenceSyntax r when r.Parts.Length == 1:
                return r.Parts[0].Text;
            case QuantitySyntax q when q.Unit is null && q.Comparator == Comparator.Equal:
                return q.NumberText;
            default:
                WrongValue(what, value, new("text", "文本"));
                return null;
        }
    }

    public int? Year(string key)
    {
        if (Get(key) is not { } p)
        {
            return null;
        }

        if (p.Value is QuantitySyntax { Unit: null } q && q.Number == Math.Floor(q.Number) && q.Number is >= 1900 and <= 2200)
        {
            return (int)q.Number;
        }

        WrongValue(p.Key.Text, p.Value, new("a year such as 2020", "年份，如 2020"));
        return null;
    }

    public (int From, int To, SourceSpan Span)? Range(string key)
    {
        if (Get(key) is not { } p)
        {
            return null;
        }

        if (p.Value is RangeSyntax r && IsYear(r.From) && IsYear(r.To) && r.From <= r.To)
        {
            return ((int)r.From, (int)r.To, r.Span);
        }

        WrongValue(p.Key.Text, p.Value, new("a range of years such as 2021..2025", "年份区间，如 2021..2025"));
        return null;
    }

    private static bool IsYear(decimal n) => n == Math.Floor(n) && n is >= 1900 and <= 2200;

    public Quantity? Quantity(string key) => Get(key) is { } p ? QuantityOf(p.Key.Text, p.Value) : null;

    public Quantity? QuantityOf(string what, ValueSyntax value)
    {
        if (value is not QuantitySyntax q)
        {
            WrongValue(what, value, new("a number with a unit, e.g. 300 万吨", "带单位的数值，如 300 万吨"));
            return null;
        }

        Unit? unit = null;
        if (q.Unit is { } u)
        {
            unit = UnitCatalog.Find(u.Text);
            if (unit is null)
            {
                _diagnostics.Add(BindDiagnostics.UnknownUnit, u.Span, u.Text);
            }
        }

        if (!QuantityRange.Fits(q.Number, unit))
        {
            _diagnostics.Add(BindDiagnostics.QuantityOutOfRange, q.Span, q.NumberText + (q.Unit?.Text ?? string.Empty));
            return null;
        }

        return new Quantity(q.Number, q.NumberText, q.Comparator, unit, q.Unit?.Text, q.Span);
    }

    public string? Word(string key, Vocabulary vocabulary) => Get(key) is { } p ? WordOf(p.Key.Text, p.Value, vocabulary) : null;

    /// <summary>A word of the vocabulary <typeparamref name="T"/> is made of (<see cref="Model.VocabularyAttribute"/>), as its member.</summary>
    public T? Word<T>(string key)
        where T : struct, Enum =>
        Model.Enumerations.Parse<T>(Word(key, Model.Enumerations.Vocabulary<T>() ?? throw new InvalidOperationException(typeof(T).Name + " names no vocabulary")));

    public string? WordOf(string what, ValueSyntax value, Vocabulary vocabulary)
    {
        var text = value switch
        {
            ReferenceSyntax { Parts.Length: 1 } r => r.Parts[0].Text,
            TextSyntax t => t.Value,
            _ => null,
        };
        if (text is null)
        {
            WrongValue(what, value, Bilingual.Same(vocabulary.Describe()));
            return null;
        }

        var canonical = vocabulary.Canonical(text);
        if (canonical is null)
        {
            _diagnostics.Add(BindDiagnostics.UnknownWord, value.Span, text, vocabulary.Named, vocabulary.Describe());
        }

        return canonical;
    }

    public Reference? Ref(string key)
    {
        if (Get(key) is not { } p)
        {
            return null;
        }

        if (p.Value is ReferenceSyntax r)
        {
            return new Reference([.. r.Parts.Select(x => x.Text)], r.Span);
        }

        WrongValue(p.Key.Text, p.Value, new("a reference to an item id", "条目标识引用"));
        return null;
    }

    /// <summary>A single value or a list, each element a name or text.</summary>
    public ImmutableArray<(string Text, SourceSpan Span)> Texts(string key)
    {
        if (Get(key) is not { } p)
        {
            return [];
        }

        var values = p.Value is ListSyntax l ? l.Elements.Select(e => e.Value) : [p.Value];
        var result = ImmutableArray.CreateBuilder<(string, SourceSpan)>();
        foreach (var v in values)
        {
            if (TextOf(p.Key.Text, v) is { } text)
            {
                result.Add((text, v.Span));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A list of <c>label = quantity</c> elements.</summary>
    public ImmutableArray<LabelledQuantity> Labelled(string key)
    {
        if (Get(key) is not { } p)
        {
            return [];
        }

        if (p.Value is not ListSyntax list)
        {
            WrongValue(p.Key.Text, p.Value, new("a list such as [省级 = 3, 市级 = 14]", "列表，如 [省级 = 3, 市级 = 14]"));
            return [];
        }

        var result = ImmutableArray.CreateBuilder<LabelledQuantity>();
        foreach (var element in list.Elements)
        {
            if (element.Label is null)
            {
                WrongValue(p.Key.Text, element.Value, new("labelled elements `label = value`", "带标签的元素 `标签 = 值`"));
                continue;
            }

            if (QuantityOf(p.Key.Text, element.Value) is { } q)
            {
                result.Add(new LabelledQuantity(element.Label.Text, q, element.Span));
            }
        }

        return result.ToImmutable();
    }

    public bool? Boolean(string key) => Word(key, Words.Booleans) is { } word ? word == "yes" : null;

    public void Require(string key, string what)
    {
        if (!Has(key))
        {
            _diagnostics.Add(BindDiagnostics.MissingProperty, Block.Keyword.Span, what, Words.Properties.Find(key)?.Chinese ?? key);
        }
    }

    public void WrongValue(string what, ValueSyntax value, Bilingual expected) =>
        _diagnostics.Add(BindDiagnostics.WrongValue, value.Span, what, expected);
}
