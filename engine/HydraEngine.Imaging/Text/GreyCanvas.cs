namespace HydraEngine.Imaging.Text;

/// <summary>An 8-bit greyscale drawing surface; everything drawn outside it is clipped.</summary>
internal sealed class GreyCanvas
{
    public GreyCanvas(int width, int height, byte background)
    {
        Width = width;
        Height = height;
        Pixels = new byte[width * height];
        Pixels.AsSpan().Fill(background);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major pixels, <see cref="Width"/> per row.</summary>
    public byte[] Pixels { get; }

    public void Set(int x, int y, byte value)
    {
        if ((uint)x < (uint)Width && (uint)y < (uint)Height)
        {
            Pixels[(y * Width) + x] = value;
        }
    }

    /// <summary>Draws printable-ASCII <paramref name="text"/> with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public void DrawText(string text, int left, int top, TextScale scale, byte ink)
    {
        for (var index = 0; index < text.Length; index++)
        {
            DrawGlyph(text[index], left + (index * scale.Advance), top, scale, ink);
        }
    }

    private void DrawGlyph(char character, int left, int top, TextScale scale, byte ink)
    {
        for (var dy = 0; dy < scale.LineHeight; dy++)
        {
            var row = scale.ToFontPixel(dy);
            for (var dx = 0; dx < scale.Advance; dx++)
            {
                if (BitmapFont.IsInked(character, scale.ToFontPixel(dx), row))
                {
                    Set(left + dx, top + dy, ink);
                }
            }
        }
    }
}
