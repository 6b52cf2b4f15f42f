using System.Collections.Immutable;
using System.Text;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.ViewModel;

/// <summary>Turns a plan into the document view: numbering computed, holes filled, tables laid out.</summary>
public static class DocumentViewBuilder
{
    /// <param name="figures">Draws a figure when it can (a map from the plan's geometry); null: figures are captions only.</param>
    public static DocumentView Build(Plan plan, Func<Figure, string, FigureImage?>? figures = null)
    {
        var blocks = ImmutableArray.CreateBuilder<BlockView>();
        var tableCounters = new Dictionary<string, int>(StringComparer.Ordinal);
        var figureCounter = 0;
        var chapterNumber = 0;
        foreach (var chapter in plan.Document)
        {
            Heading(plan, chapter, chapter.Numbered ? ++chapterNumber : 0, blocks, tableCounters, ref figureCounter, figures);
        }

        var header = plan.Header;
        var front = new[] { header.Status, header.Issuer, header.Date }.OfType<string>().ToImmutableArray();
        return new DocumentView(header.Title ?? header.Id, front, blocks.ToImmutable())
        {
            Status = header.Status is { } s && !s.StartsWith('（') ? "（" + s + "）" : header.Status,
            Issuer = header.Issuer,
            Date = header.Date,
            Note = header.Reconstruction,
            Scheme = header.Numbering,
            Notice = plan.Notice is { } n
                ? new NoticeView(n.Title, n.DocNo, n.Addressee, [.. n.Paragraphs.Select(p => Fill(plan, p))], n.Issuer, n.Date)
                : null,
        };
    }

    private static void Heading(Plan plan, Heading heading, int number, ImmutableArray<BlockView>.Builder blocks,
        Dictionary<string, int> tableCounters, ref int figureCounter, Func<Figure, string, FigureImage?>? figures)
    {
        // An untitled, unnumbered heading (引言) is its content alone: no heading line, no contents entry.
        if (heading.Title.Length > 0 || number > 0)
        {
            blocks.Add(new HeadingView(heading.Depth, number == 0 ? string.Empty : Numbering.Heading(plan.Header.Numbering, heading.Depth, number), heading.Title));
        }

        var childNumber = 0;
        foreach (var node in heading.Content)
        {
            switch (node)
            {
                case Paragraph p:
                    blocks.Add(new ParagraphView(Fill(plan, p.Text)));
                    break;
                case Heading h:
                    Heading(plan, h, h.Numbered ? ++childNumber : 0, blocks, tableCounters, ref figureCounter, figures);
                    break;
                case Insertion i when plan.FindItem(i.Target.Text) is PlanTable t:
                    var kind = (t.TableKind ?? TableKind.Table).Word();
                    tableCounters[kind] = tableCounters.GetValueOrDefault(kind) + 1;
                    var content = TableRows.Build(plan, t);
                    blocks.Add(new TableView(Numbering.Table(kind, tableCounters[kind]), t.DisplayName, content.Header, content.Rows,
                        [.. t.Notes.Select(n => Fill(plan, n))], content.Grid));
                    break;
                case Insertion i when plan.FindItem(i.Target.Text) is Figure f:
                    var figureNumber = $"附图{++figureCounter}";
                    blocks.Add(new FigureView(figureNumber, f.DisplayName, f.Scale, figures?.Invoke(f, figureNumber)));
                    break;
            }
        }
    }

    /// <summary>Fills interpolation holes from the model; an unresolved hole keeps its {ref} text (it is already an error).</summary>
    /// <param name="numbersOnly">In a table cell a quantity shows its number only: the unit is in the header.</param>
    public static string Fill(Plan plan, InterpolatedText text, bool numbersOnly = false)
    {
        var builder = new StringBuilder();
        foreach (var piece in text.Pieces)
        {
            builder.Append(piece switch
            {
                TextLiteral l => l.Text,
                TextHole h => ValueLookup.Lookup(plan, h.Reference) is { Found: true } r
                    ? numbersOnly && r.Quantity is { } q ? q.NumberDisplay : r.Display
                    : "{" + h.Reference.Text + "}",
                _ => string.Empty,
            });
        }

        return builder.ToString();
    }
}
