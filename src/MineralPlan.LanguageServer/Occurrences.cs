using MineralPlan.Syntax.Tree;

namespace MineralPlan.LanguageServer;

/// <summary>One name part of a dotted reference as written, with its offset in the file.</summary>
internal sealed record NamePart(string Text, int Offset)
{
    public int End => Offset + Text.Length;
}

/// <summary>
/// A place in a file that names an item: a reference (<c>上级.GK01</c>, <c>对应: x</c>), a hole of an interpolated
/// text (<c>{zk_count.by_level.省级}</c>), or the id label that declares it (<see cref="IsDeclaration"/>).
/// </summary>
internal sealed record Occurrence(IReadOnlyList<NamePart> Parts, bool IsDeclaration, string? Key)
{
    public int Start => Parts[0].Offset;

    public int End => Parts[^1].End;

    public int PartAt(int offset)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (offset >= Parts[i].Offset && offset <= Parts[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The properties whose bare words name items (as the binder reads them). Other bare words are minerals, enum
    /// words or names (<c>矿种: 铁矿</c> is a mineral even where an item is called 铁矿).
    /// </summary>
    private static readonly HashSet<string> ReferenceKeys = new(StringComparer.Ordinal) { "same_as", "carries", "target", "within", "ratio", "items", "insert" };

    /// <summary>Every occurrence in a parsed file, in source order.</summary>
    public static List<Occurrence> In(DocumentSyntax document)
    {
        var result = new List<Occurrence>();
        foreach (var member in document.Members)
        {
            Walk(member, result);
        }

        return [.. result.OrderBy(o => o.Start)];
    }

    private static void Walk(MemberSyntax member, List<Occurrence> result)
    {
        switch (member)
        {
            case BlockSyntax block:
                if (block.Labels.FirstOrDefault() is { IsQuoted: false } id)
                {
                    result.Add(new Occurrence([new NamePart(id.Text, id.Span.Offset)], IsDeclaration: true, null));
                }

                foreach (var child in block.Members)
                {
                    Walk(child, result);
                }

                break;
            case PropertySyntax property:
                Value(property.Value, property.Key.Text, result);
                break;
        }
    }

    private static void Value(ValueSyntax value, string key, List<Occurrence> result)
    {
        switch (value)
        {
            case ReferenceSyntax reference when ReferenceKeys.Contains(Semantics.Schema.Words.Properties.Canonical(key) ?? key):
                result.Add(new Occurrence([.. reference.Parts.Select(p => new NamePart(p.Text, p.Span.Offset))], IsDeclaration: false, key));
                break;
            case ListSyntax list:
                foreach (var element in list.Elements)
                {
                    Value(element.Value, key, result);
                }

                break;
            case TextSyntax text:
                Holes(text, result);
                break;
        }
    }

    private static void Holes(TextSyntax text, List<Occurrence> result)
    {
        var raw = text.Raw;
        foreach (var (open, close) in Semantics.Binding.InterpolationHoles.In(raw))
        {
            // Each dotted part with its own offset, so rename edits the one part that names the item.
            var parts = new List<NamePart>();
            var start = open + 1;
            for (var j = start; j <= close; j++)
            {
                if (j == close || raw[j] == '.')
                {
                    var piece = raw[start..j];
                    var trimmed = piece.Trim();
                    if (trimmed.Length > 0)
                    {
                        parts.Add(new NamePart(trimmed, text.ContentStart + start + piece.IndexOf(trimmed, StringComparison.Ordinal)));
                    }

                    start = j + 1;
                }
            }

            if (parts.Count > 0)   // "{.}" is a hole of no name
            {
                result.Add(new Occurrence(parts, IsDeclaration: false, null));
            }
        }
    }
}
