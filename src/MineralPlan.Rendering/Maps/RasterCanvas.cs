namespace MineralPlan.Rendering.Maps;

/// <summary>
/// A small RGB canvas for the PNG twin of a map (Word shows a PNG where it cannot show SVG). Fills
/// polygons even-odd by scanline at pixel centres and draws one-pixel lines; no text, no anti-aliasing.
/// </summary>
internal sealed class RasterCanvas
{
    private readonly byte[] _pixels;

    public RasterCanvas(int width, int height)
    {
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 3];
        Array.Fill(_pixels, (byte)255);
    }

    public int Width { get; }

    public int Height { get; }

    public ReadOnlySpan<byte> Pixels => _pixels;

    public (byte R, byte G, byte B) At(int x, int y) => (_pixels[((y * Width) + x) * 3], _pixels[(((y * Width) + x) * 3) + 1], _pixels[(((y * Width) + x) * 3) + 2]);

    /// <summary>Fills the area inside an odd number of <paramref name="rings"/>, blended over what is there.</summary>
    public void FillEvenOdd(IReadOnlyList<(double X, double Y)[]> rings, (byte R, byte G, byte B) color, double alpha)
    {
        var minY = Math.Max(0, (int)Math.Floor(rings.SelectMany(r => r).Select(p => p.Y).DefaultIfEmpty(0).Min()));
        var maxY = Math.Min(Height - 1, (int)Math.Ceiling(rings.SelectMany(r => r).Select(p => p.Y).DefaultIfEmpty(-1).Max()));
        var crossings = new List<double>();
        for (var y = minY; y <= maxY; y++)
        {
            var cy = y + 0.5;
            crossings.Clear();
            foreach (var ring in rings)
            {
                for (var i = 0; i + 1 < ring.Length; i++)
                {
                    var (a, b) = (ring[i], ring[i + 1]);
                    if ((a.Y <= cy && b.Y > cy) || (b.Y <= cy && a.Y > cy))
                    {
                        crossings.Add(a.X + ((cy - a.Y) * (b.X - a.X) / (b.Y - a.Y)));
                    }
                }
            }

            crossings.Sort();
            for (var k = 0; k + 1 < crossings.Count; k += 2)
            {
                var from = Math.Max(0, (int)Math.Ceiling(crossings[k] - 0.5));
                var to = Math.Min(Width - 1, (int)Math.Floor(crossings[k + 1] - 0.5));
                for (var x = from; x <= to; x++)
                {
                    Blend(x, y, color, alpha);
                }
            }
        }
    }

    public void Line((double X, double Y) a, (double X, double Y) b, (byte R, byte G, byte B) color)
    {
        var steps = (int)Math.Ceiling(Math.Max(Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y)));
        for (var i = 0; i <= steps; i++)
        {
            var t = steps == 0 ? 0 : (double)i / steps;
            var x = (int)Math.Floor(a.X + ((b.X - a.X) * t));
            var y = (int)Math.Floor(a.Y + ((b.Y - a.Y) * t));
            Blend(x, y, color, 1);
        }
    }

    public void Rectangle(int x, int y, int width, int height, (byte R, byte G, byte B) color, double alpha)
    {
        for (var yy = Math.Max(0, y); yy < Math.Min(Height, y + height); yy++)
        {
            for (var xx = Math.Max(0, x); xx < Math.Min(Width, x + width); xx++)
            {
                Blend(xx, yy, color, alpha);
            }
        }
    }

    private void Blend(int x, int y, (byte R, byte G, byte B) color, double alpha)
    {
        if (x < 0 || y < 0 || x >= Width || y >= Height)
        {
            return;
        }

        var i = ((y * Width) + x) * 3;
        _pixels[i] = Mix(_pixels[i], color.R, alpha);
        _pixels[i + 1] = Mix(_pixels[i + 1], color.G, alpha);
        _pixels[i + 2] = Mix(_pixels[i + 2], color.B, alpha);
    }

    private static byte Mix(byte under, byte over, double alpha) => (byte)Math.Round((under * (1 - alpha)) + (over * alpha));

    public static (byte R, byte G, byte B) Parse(string hex) =>
        (Convert.ToByte(hex.Substring(1, 2), 16), Convert.ToByte(hex.Substring(3, 2), 16), Convert.ToByte(hex.Substring(5, 2), 16));
}
