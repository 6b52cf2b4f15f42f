using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MineralPlan.Rendering.Word;

/// <summary>
/// The house style of Chinese government documents (GB/T 9704 practice): title 方正小标宋 二号 (22 pt),
/// 一级标题 黑体 三号, 二级 楷体 三号, body 仿宋 三号 (16 pt) with a two-character first-line indent and
/// 28 pt line spacing. Real Heading1-4 styles so Word's table of contents works. Each face names its common
/// font (黑体 SimHei, 楷体 KaiTi, 仿宋 FangSong) so a machine without the Chinese name still finds one, and
/// Word falls back to the east-Asian default where neither is installed.
/// </summary>
internal static class WordStyles
{
    public static Styles Create() => new(
        Paragraph("Normal", "Normal", "仿宋", 32, firstLineChars: 200, outline: null, centered: false, bold: false),
        Paragraph("Title", "Title", "方正小标宋简体", 44, firstLineChars: 0, outline: null, centered: true, bold: false),
        Paragraph("Heading1", "heading 1", "黑体", 32, firstLineChars: 0, outline: 0, centered: true, bold: false),
        Paragraph("Heading2", "heading 2", "楷体", 32, firstLineChars: 0, outline: 1, centered: true, bold: false),
        Paragraph("Heading3", "heading 3", "黑体", 32, firstLineChars: 200, outline: 2, centered: false, bold: false),
        Paragraph("Heading4", "heading 4", "楷体", 32, firstLineChars: 200, outline: 3, centered: false, bold: true),
        Paragraph("Caption", "caption", "黑体", 28, firstLineChars: 0, outline: null, centered: true, bold: false),
        Paragraph("TableText", "Table Text", "仿宋", 24, firstLineChars: 0, outline: null, centered: false, bold: false),
        Paragraph("Note", "Table Note", "仿宋", 24, firstLineChars: 0, outline: null, centered: false, bold: false),
        Paragraph("CoverLine", "Cover Line", "楷体", 32, firstLineChars: 0, outline: null, centered: true, bold: false),
        Paragraph("TocHeading", "TOC Heading", "黑体", 32, firstLineChars: 0, outline: null, centered: true, bold: false),
        Paragraph("TOC1", "toc 1", "黑体", 28, firstLineChars: 0, outline: null, centered: false, bold: false),
        Paragraph("TOC2", "toc 2", "仿宋", 28, firstLineChars: 200, outline: null, centered: false, bold: false));

    // The Windows font names of the faces, for the Latin slots (digits and Latin letters print in them too).
    private static string Latin(string font) => font switch
    {
        "黑体" => "SimHei",
        "楷体" => "KaiTi",
        "仿宋" => "FangSong",
        "宋体" => "SimSun",
        _ => font,
    };

    private static Style Paragraph(string id, string name, string font, int halfPoints, int firstLineChars, int? outline, bool centered, bool bold)
    {
        var paragraph = new StyleParagraphProperties(
            new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            // FirstLine (twips) as well as FirstLineChars: LibreOffice honours only the former. 100 chars = one 16 pt character.
            new Indentation { FirstLineChars = firstLineChars, FirstLine = (firstLineChars * halfPoints / 10).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (id == "Heading1")
        {
            paragraph.Append(new PageBreakBefore());
        }

        if (centered)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var run = new StyleRunProperties(
            new RunFonts { Ascii = Latin(font), HighAnsi = Latin(font), EastAsia = font, ComplexScript = font },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            run.Append(new Bold());
        }

        return new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = id == "Normal" ? OnOffValue.FromBoolean(true) : null,
        };
    }
}
