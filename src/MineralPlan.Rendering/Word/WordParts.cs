using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MineralPlan.Rendering.Word;

/// <summary>Pieces every generated .docx shares: styled paragraphs and table cell text (the footer: <see cref="WordSections.Footer"/>).</summary>
internal static class WordParts
{
    /// <summary>A paragraph's properties, made when it has none: every paragraph here has them, and this says so without a cast.</summary>
    public static ParagraphProperties Properties(Paragraph paragraph) => paragraph.ParagraphProperties ??= new ParagraphProperties();

    public static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>Table text; header cells centred.</summary>
    public static Paragraph TableParagraph(string text, bool header)
    {
        var paragraph = Styled("TableText", text);
        if (header)
        {
            paragraph.ParagraphProperties?.Append(new Justification { Val = JustificationValues.Center });
        }

        return paragraph;
    }
}
