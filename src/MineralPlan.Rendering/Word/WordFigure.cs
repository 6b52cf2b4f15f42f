using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Rendering.ViewModel;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using OfficeSvg = DocumentFormat.OpenXml.Office2019.Drawing.SVG;

namespace MineralPlan.Rendering.Word;

/// <summary>
/// A drawn figure as an inline picture, the way Word itself stores an inserted SVG: the PNG is the
/// picture every reader shows, the SVG rides along as an svgBlip extension that Word 2016+ and
/// LibreOffice prefer when they can.
/// </summary>
internal static class WordFigure
{
    private const string SvgExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    // The text width of an A4 page with WordRenderer's margins, in EMU (about 15.6 cm).
    private const long TextWidthEmu = 5_616_000;

    public static Paragraph Create(MainDocumentPart main, FigureImage image, uint id, string name)
    {
        var png = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(image.Png))
        {
            png.FeedData(stream);
        }

        var svg = main.AddImagePart(ImagePartType.Svg);
        using (var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(image.Svg)))
        {
            svg.FeedData(stream);
        }

        var cx = TextWidthEmu;
        var cy = TextWidthEmu * Math.Max(1, image.HeightPx) / Math.Max(1, image.WidthPx);
        var blip = new A.Blip(new A.BlipExtensionList(new A.BlipExtension(new OfficeSvg.SVGBlip { Embed = main.GetIdOfPart(svg) }) { Uri = SvgExtension }))
        {
            Embed = main.GetIdOfPart(png),
        };
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = id, Name = name + ".png" }, new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }, new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { LineRule = LineSpacingRuleValues.Auto, Line = "240" }),
            new Run(new Drawing(inline)));
    }
}
