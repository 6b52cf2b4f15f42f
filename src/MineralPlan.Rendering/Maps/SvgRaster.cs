using SkiaSharp;
using Svg.Skia;

namespace MineralPlan.Rendering.Maps;

/// <summary>
/// The map's PNG drawn from its SVG by Skia (Svg.Skia), so the picture every Word and LibreOffice reader shows
/// carries the same title, labels, legend, north arrow and scale bar as the SVG; text is set in a CJK font the
/// machine has (fontconfig). Returns null when the native library cannot load, and the caller keeps its
/// shapes-only drawing.
/// </summary>
internal static class SvgRaster
{
    public static byte[]? Png(string svg, int width, int height)
    {
        try
        {
            using var document = new SKSvg();
            if (document.FromSvg(svg) is not { } picture)
            {
                return null;
            }

            using var bitmap = new SKBitmap(width, height);
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColors.White);
                canvas.DrawPicture(picture);
            }

            using var image = SKImage.FromBitmap(bitmap);
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            return null;
        }
    }
}
