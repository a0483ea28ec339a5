namespace HydraEngine.Imaging.Text;

/// <summary>A rendered header band: <see cref="Rows"/> rows of <see cref="Width"/> 8-bit grey pixels.</summary>
public sealed class HeaderBandImage
{
    internal HeaderBandImage(int width, int rows, byte[] pixels)
    {
        Width = width;
        Rows = rows;
        Pixels = pixels;
    }

    public int Width { get; }

    /// <summary>The number of rows (hydrus's H_top).</summary>
    public int Rows { get; }

    /// <summary>Row-major grey pixels, <see cref="Width"/> × <see cref="Rows"/>; a fresh array the caller may modify.</summary>
    public byte[] Pixels { get; }
}
