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
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
            var footer = WordParts.PageNumberFooter(main);

            var body = new Body();
            body.Append(Styled("Title", view.Title));
            foreach (var line in view.FrontMatter)
            {
                body.Append(Styled("Caption", line));
            }

            body.Append(Styled("Heading1", "目  录"));
            body.Append(new Paragraph(new SimpleField(new Run(new Text("（在 Word 中右键“更新域”生成目录）"))) { Instruction = " TOC \\o \"1-3\" \\h \\z \\u " }));
            foreach (var block in view.Blocks)
            {
                switch (block)
                {
                    case HeadingView h:
                        body.Append(Styled("Heading" + Math.Min(h.Level, 4), h.Text));
                        break;
                    case ParagraphView p:
                        body.Append(Styled("Normal", p.Text));
                        break;
                    case TableView t:
                        body.Append(Styled("Caption", t.Caption));
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

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            SchemaOrder.Apply(main.Document);
            SchemaOrder.Apply(main.StyleDefinitionsPart!.Styles!);
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string style, string text) => WordParts.Styled(style, text);

    private static Table Table(TableView view) => WordTable.Create(view.Grid, WordParts.TableParagraph);
}
