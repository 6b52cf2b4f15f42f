using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Rendering.ViewModel;
using Plan = MineralPlan.Semantics.Model.Plan;

namespace MineralPlan.Rendering.Word;

/// <summary>
/// The plan document as .docx (DocumentFormat.OpenXml) from the same view model as Markdown and HTML:
/// heading styles, a table-of-contents field, real Word tables with borders, notes under tables, and
/// page numbers in the footer.
/// </summary>
public static class WordRenderer
{
    public static byte[] Render(Plan plan, Func<Semantics.Model.Figure, string, FigureImage?>? figures = null)
    {
        var view = DocumentViewBuilder.Build(plan, figures);
        uint pictures = 0;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = WordStyles.Create();
            main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            var footer = main.GetIdOfPart(WordSections.Footer(main));
            WordSections.UpdateFieldsOnOpen(main);
            var headings = view.Blocks.OfType<HeadingView>().Select((h, i) => (Heading: h, Bookmark: "_Toc" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            var bookmarks = new Dictionary<HeadingView, string>(ReferenceEqualityComparer.Instance);
            headings.ForEach(h => bookmarks[h.Heading] = h.Bookmark);

            var body = new Body();
            if (view.Notice is { } notice)
            {
                body.Append(WordNotice.Create(notice));
            }

            body.Append(WordSections.Cover(view));
            body.Append(WordSections.Contents(headings, footer));
            foreach (var block in view.Blocks)
            {
                switch (block)
                {
                    case HeadingView h:
                        var heading = Styled("Heading" + Math.Min(h.Level, 4), h.Text);
                        if (view.Scheme == "items" && h.Level <= 2)
                        {
                            // 条目式: 一、 and （一） stand flush with the text (indented two characters), not centred on a new page.
                            WordParts.Properties(heading).Append(
                                new PageBreakBefore { Val = false },
                                new Indentation { FirstLineChars = 200, FirstLine = "640" },
                                new Justification { Val = JustificationValues.Left });
                        }

                        var id = bookmarks[h]["_Toc".Length..];
                        heading.InsertAfter(new BookmarkStart { Name = bookmarks[h], Id = id }, heading.ParagraphProperties);
                        heading.Append(new BookmarkEnd { Id = id });
                        body.Append(heading);
                        break;
                    case ParagraphView p:
                        body.Append(Styled("Normal", p.Text));
                        break;
                    case TableView t:
                        // The caption stays on the page of its table.
                        var caption = Styled("Caption", t.Caption);
                        WordParts.Properties(caption).Append(new KeepNext());
                        body.Append(caption);
                        // A table the plan lists without content is its caption alone, as the seeds print their 附表 lists.
                        if (t.Grid.Columns > 0)
                        {
                            body.Append(Table(t));
                        }

                        foreach (var note in t.Notes)
                        {
                            body.Append(Styled("Note", note));
                        }

                        break;
                    case FigureView f:
                        if (f.Image is { } image)
                        {
                            body.Append(WordFigure.Create(main, image, ++pictures, f.Number));
                        }

                        body.Append(Styled("Caption", f.Number + " " + f.Title + (f.Scale is null ? string.Empty : "（" + f.Scale + "）")));
                        break;
                }
            }

            body.Append(WordSections.Body(footer));
            main.Document = new Document(body);
            SchemaOrder.Apply(main.Document);
            SchemaOrder.Apply(styles);
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string style, string text) => WordParts.Styled(style, text);

    private static Table Table(TableView view) => WordTable.Create(view.Grid, WordParts.TableParagraph);
}
