using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Rendering.Word;
using MineralPlan.Semantics.Diff;

namespace MineralPlan.Rendering.Diff;

/// <summary>The 修改对照表 as a .docx in the same house style as the plan document, landscape so five columns fit.</summary>
public static class ChangeReportWord
{
    public static byte[] Render(IReadOnlyList<PlanChange> changes, string before, string after, DiffWords? words = null)
    {
        words ??= DiffWords.Zh;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = WordStyles.Create();
            main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            var footer = WordSections.Footer(main);
            var body = new Body(
                WordParts.Styled("Title", ChangeReport.Title(words)),
                WordParts.Styled("Caption", ChangeReport.Caption(before, after, words)));
            if (changes.Count == 0)
            {
                body.Append(WordParts.Styled("Normal", ChangeReport.NoChanges(words)));
            }
            else
            {
                body.Append(WordTable.Create(ChangeReport.Grid(changes, words), WordParts.TableParagraph));
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1587, Bottom = 1474, Left = 2098, Right = 1984, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            SchemaOrder.Apply(main.Document);
            SchemaOrder.Apply(styles);
        }

        return stream.ToArray();
    }
}
