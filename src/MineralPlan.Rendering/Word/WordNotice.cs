using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Rendering.ViewModel;

namespace MineralPlan.Rendering.Word;

/// <summary>
/// 印发通知 and 说明 as a 公文 lays them out (GB/T 9704): the notice's title centred in the title face, the 文号
/// centred under it, the addressees flush left, the body indented, the authority and date right-aligned above
/// the space a seal takes; the notice is its own section, unnumbered, before the cover.
/// </summary>
internal static class WordNotice
{
    public static IEnumerable<OpenXmlElement> Create(NoticeView notice)
    {
        yield return Aligned(WordParts.Styled("Title", notice.Title), JustificationValues.Center, before: 0);
        if (notice.DocNo is { } docNo)
        {
            yield return Aligned(WordParts.Styled("Normal", docNo), JustificationValues.Center, before: 280, indent: false);
        }

        if (notice.Addressee is { } addressee)
        {
            yield return Aligned(WordParts.Styled("Normal", addressee), JustificationValues.Left, before: 560, indent: false);
        }

        foreach (var paragraph in notice.Paragraphs)
        {
            yield return WordParts.Styled("Normal", paragraph);
        }

        var first = true;
        foreach (var line in new[] { notice.Issuer, notice.Date }.OfType<string>())
        {
            var signed = Aligned(WordParts.Styled("Normal", line), JustificationValues.Right, before: first ? 1120 : 0);
            WordParts.Properties(signed).Append(new Indentation { Right = "1280", FirstLine = "0", FirstLineChars = 0 });
            yield return signed;
            first = false;
        }

        yield return new Paragraph(new ParagraphProperties(new SectionProperties(
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 992 })));
    }

    /// <summary>A boxed 说明 (重建说明 and the like) on the cover page, under the authority and date.</summary>
    public static Paragraph Note(string note)
    {
        var paragraph = Aligned(WordParts.Styled("Note", "说明：" + note), JustificationValues.Both, before: 720, indent: false);
        // 18 pt lines, not the body's 28 pt: a note of several lines stays on the cover page.
        var spacing = WordParts.Properties(paragraph).GetFirstChild<SpacingBetweenLines>() ?? WordParts.Properties(paragraph).AppendChild(new SpacingBetweenLines());
        spacing.Line = "360";
        spacing.LineRule = LineSpacingRuleValues.Exact;
        WordParts.Properties(paragraph).Append(new ParagraphBorders(
            Border(new TopBorder()), Border(new LeftBorder()), Border(new BottomBorder()), Border(new RightBorder())));
        return paragraph;
    }

    private static T Border<T>(T border) where T : BorderType
    {
        border.Val = BorderValues.Single;
        border.Size = 6;
        border.Space = 4;
        border.Color = "000000";
        return border;
    }

    private static Paragraph Aligned(Paragraph paragraph, JustificationValues justification, int before, bool indent = true)
    {
        var properties = WordParts.Properties(paragraph);
        properties.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture) });
        if (!indent)
        {
            properties.Append(new Indentation { FirstLine = "0", FirstLineChars = 0 });
        }

        properties.Append(new Justification { Val = justification });
        return paragraph;
    }
}
