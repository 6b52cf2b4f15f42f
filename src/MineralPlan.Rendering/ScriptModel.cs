using MineralPlan.Rendering.ViewModel;
using Scriban.Runtime;

namespace MineralPlan.Rendering;

/// <summary>Maps the view model to Scriban objects by hand, so templates see snake_case names we choose, never CLR members.</summary>
public static class ScriptModel
{
    public static ScriptObject Of(DocumentView view)
    {
        // Each heading's anchor ("h1", "h2" … in document order) is what the table of contents links to.
        var anchors = new Dictionary<BlockView, string>(ReferenceEqualityComparer.Instance);
        foreach (var h in view.Blocks.OfType<HeadingView>())
        {
            anchors[h] = "h" + (anchors.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var root = new ScriptObject
        {
            ["title"] = view.Title,
            ["front"] = new ScriptArray(view.FrontMatter),
            ["status"] = view.Status,
            ["issuer"] = view.Issuer,
            ["date"] = view.Date,
            ["note"] = view.Note,
            ["scheme"] = view.Scheme ?? "chapters",
            ["notice"] = view.Notice is { } n
                ? new ScriptObject
                {
                    ["title"] = n.Title, ["doc_no"] = n.DocNo, ["addressee"] = n.Addressee,
                    ["paragraphs"] = new ScriptArray(n.Paragraphs), ["issuer"] = n.Issuer, ["date"] = n.Date,
                }
                : null,
            ["blocks"] = new ScriptArray(view.Blocks.Select(b => Block(b, anchors))),
            ["toc"] = new ScriptArray(view.Blocks.OfType<HeadingView>().Where(h => h.Level <= 2)
                .Select(h => new ScriptObject { ["level"] = h.Level, ["text"] = h.Text, ["anchor"] = anchors[h] })),
        };
        return root;
    }

    private static ScriptObject Block(BlockView block, Dictionary<BlockView, string> anchors) => block switch
    {
        HeadingView h => new ScriptObject { ["type"] = h.Type, ["level"] = h.Level, ["number"] = h.Number, ["title"] = h.Title, ["text"] = h.Text, ["anchor"] = anchors[h] },
        ParagraphView p => new ScriptObject { ["type"] = p.Type, ["text"] = p.Text },
        TableView t => new ScriptObject
        {
            ["type"] = t.Type,
            ["number"] = t.Number,
            ["title"] = t.Title,
            ["caption"] = t.Caption,
            ["header"] = new ScriptArray(t.Header),
            ["rows"] = new ScriptArray(t.Rows.Select(r => new ScriptArray(r))),
            ["notes"] = new ScriptArray(t.Notes),
            ["grid"] = Grid(t.Grid),
        },
        FigureView f => new ScriptObject
        {
            ["type"] = f.Type,
            ["number"] = f.Number,
            ["title"] = f.Title,
            ["scale"] = f.Scale,
            // Generated SVG (plan texts in it are escaped when drawn), for inline use; null when not drawn.
            ["svg"] = f.Image?.Svg,
            ["image_file"] = f.Image?.FileName,
        },
        _ => new ScriptObject { ["type"] = block.Type },
    };

    private static ScriptObject Grid(TableGrid grid) => new()
    {
        ["columns"] = grid.Columns,
        ["has_merges"] = grid.HasMerges,
        ["header_rows"] = Rows(grid.HeaderRows),
        ["body_rows"] = Rows(grid.BodyRows),
    };

    private static ScriptArray Rows(System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<CellView>> rows) =>
        new(rows.Select(r => new ScriptArray(r.Select(c => new ScriptObject { ["text"] = c.Text, ["row_span"] = c.RowSpan, ["col_span"] = c.ColSpan }))));
}
