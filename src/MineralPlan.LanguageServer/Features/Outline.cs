using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Semantics.Schema;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.LanguageServer.Features;

/// <summary>documentSymbol and foldingRange: the blocks of a file, chapters holding their sections and items.</summary>
internal static class Outline
{
    public static DocumentSymbol[] Symbols(DocumentContext document) => [.. document.Parse.Document.Members.OfType<BlockSyntax>().Select(Symbol)];

    public static FoldingRange[] Folding(DocumentContext document)
    {
        var result = new List<FoldingRange>();
        foreach (var block in document.Parse.Document.Members.OfType<BlockSyntax>())
        {
            Fold(block, result);
        }

        return [.. result];
    }

    private static void Fold(BlockSyntax block, List<FoldingRange> result)
    {
        if (block.Span.EndLine > block.Span.Line)
        {
            result.Add(new FoldingRange(block.Span.Line - 1, block.Span.EndLine - 1));
        }

        foreach (var child in block.Members.OfType<BlockSyntax>())
        {
            Fold(child, result);
        }
    }

    private static DocumentSymbol Symbol(BlockSyntax block)
    {
        var kind = Words.Blocks.Canonical(block.Keyword.Text) ?? block.Keyword.Text;
        var labels = block.Labels.Select(l => l.Text).ToList();
        var children = block.Members.OfType<BlockSyntax>().Select(Symbol).ToArray();
        return new DocumentSymbol
        {
            Name = labels.Count == 0 ? block.Keyword.Text : string.Join(" ", labels),
            Detail = block.Keyword.Text,
            Kind = kind switch
            {
                "chapter" or "section" or "preamble" or "notice" => 3,   // namespace: the document's structure
                "item" or "subitem" => 15,                            // string: a clause of text
                "plan" => 2,                                          // module
                "table" or "figure" => 5,                             // class
                "zone" or "block" => 23,                              // struct: a place
                _ => 13,                                              // variable: a data item
            },
            Range = LineMap.ToRange(block.Span),
            SelectionRange = LineMap.ToRange(block.Labels.FirstOrDefault()?.Span ?? block.Keyword.Span),
            Children = children.Length == 0 ? null : children,
        };
    }
}
