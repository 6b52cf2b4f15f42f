using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Rendering.ViewModel;

namespace MineralPlan.Rendering.Word;

/// <summary>
/// The front of a plan document as bureaus print it: a cover without a page number (title low on the page,
/// the draft mark under it, the issuing authority and the date at the foot), then the table of contents
/// paged in Roman numerals, then the body paged "— 1 —" from 1 (GB/T 9704: 4号 numbers between dashes).
/// </summary>
internal static class WordSections
{
    private const int TextWidthTwips = 8845;

    public static IEnumerable<OpenXmlElement> Cover(DocumentView view)
    {
        // A cover with a 说明 starts higher and keeps the foot closer, so the note stays on the cover page.
        var roomy = view.Note is null;
        yield return Centered(view.Title, "Title", before: roomy ? 3600 : 2000);
        if (view.Status is { } status)
        {
            yield return Centered(status, "CoverLine", before: 480);
        }

        var foot = new[] { view.Issuer, view.Date }.OfType<string>().ToList();
        for (var i = 0; i < foot.Count; i++)
        {
            yield return Centered(foot[i], "CoverLine", before: i == 0 ? (roomy ? 5200 : 2400) : 0);
        }

        if (view.Note is { } note)
        {
            yield return WordNotice.Note(note);
        }

        yield return SectionBreak(footer: null, NumberFormatValues.Decimal);
    }

    /// <summary>
    /// A TOC field whose cached result already lists every chapter and section (as Word would), so the
    /// contents are there however the file is opened; <c>updateFields</c> in the settings makes Word and
    /// WPS fill in the page numbers on opening.
    /// </summary>
    public static IEnumerable<OpenXmlElement> Contents(IReadOnlyList<(HeadingView Heading, string Bookmark)> headings, string footerId)
    {
        yield return WordParts.Styled("TocHeading", "目  录");
        var entries = headings.Where(h => h.Heading.Level <= 2).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var (heading, bookmark) = entries[i];
            var paragraph = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = heading.Level == 1 ? "TOC1" : "TOC2" },
                new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidthTwips })));
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            paragraph.Append(new Hyperlink(new Run(new Text(heading.Text) { Space = SpaceProcessingModeValues.Preserve }), new Run(new TabChar()))
            {
                Anchor = bookmark,
                History = true,
            });
            if (i == entries.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            yield return paragraph;
        }

        yield return SectionBreak(footerId, NumberFormatValues.UpperRoman);
    }

    /// <summary>The body's own section properties: footer "— n —", numbering from 1.</summary>
    public static SectionProperties Body(string footerId) => Properties(footerId, NumberFormatValues.Decimal);

    public static FooterPart Footer(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        var font = new RunProperties(new RunFonts { Ascii = "宋体", HighAnsi = "宋体", EastAsia = "宋体" }, new FontSize { Val = "28" });
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run((RunProperties)font.CloneNode(true), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run((RunProperties)font.CloneNode(true), new Text("1"))) { Instruction = " PAGE " },
            new Run((RunProperties)font.CloneNode(true), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        return footer;
    }

    public static void UpdateFieldsOnOpen(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
    }

    private static Paragraph Centered(string text, string style, int before)
    {
        var paragraph = WordParts.Styled(style, text);
        WordParts.Properties(paragraph).Append(
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = JustificationValues.Center });
        return paragraph;
    }

    private static Paragraph SectionBreak(string? footer, NumberFormatValues format) =>
        new(new ParagraphProperties(Properties(footer, format)));

    private static SectionProperties Properties(string? footer, NumberFormatValues format)
    {
        var properties = new SectionProperties();
        if (footer is not null)
        {
            properties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footer });
        }

        properties.Append(
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 992 },
            new PageNumberType { Format = format, Start = 1 });
        return properties;
    }
}
