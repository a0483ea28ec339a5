namespace HydraEngine.Imaging.Text;

/// <summary>
/// A nearest-neighbour magnification of <see cref="BitmapFont"/> by <see cref="Numerator"/>/<see cref="Denominator"/>;
/// every font pixel becomes a solid block, so even 3/2 renders crisply.
/// </summary>
internal readonly record struct TextScale(int Numerator, int Denominator)
{
    public static TextScale Title { get; } = new(2, 1);

    public static TextScale Description { get; } = new(3, 2);

    public static TextScale UserText { get; } = new(1, 1);

    /// <summary>Horizontal distance from one character to the next.</summary>
    public int Advance => Scaled(BitmapFont.CellWidth);

    public int LineHeight => Scaled(BitmapFont.CellHeight);

    /// <summary>Width of the inked part of a glyph.</summary>
    public int GlyphWidth => ((BitmapFont.GlyphWidth * Numerator) + Denominator - 1) / Denominator;

    /// <summary>Pixel width of a line of <paramref name="characters"/> characters, from the first glyph's left edge to the last one's right edge.</summary>
    public int Measure(int characters) => characters == 0 ? 0 : ((characters - 1) * Advance) + GlyphWidth;

    /// <summary>The font pixel a scaled offset falls in.</summary>
    public int ToFontPixel(int scaledOffset) => scaledOffset * Denominator / Numerator;

    private int Scaled(int fontPixels) => fontPixels * Numerator / Denominator;
}
