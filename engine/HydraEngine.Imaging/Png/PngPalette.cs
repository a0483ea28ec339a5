namespace HydraEngine.Imaging.Png;

/// <summary>A PLTE palette with the optional alpha values of a tRNS chunk.</summary>
internal sealed class PngPalette
{
    public const int MaxEntries = 256;

    public PngPalette(byte[] rgb, byte[]? alpha)
    {
        if (rgb.Length == 0 || rgb.Length % 3 != 0 || rgb.Length > MaxEntries * 3)
        {
            throw new ArgumentException($"a palette holds 1..{MaxEntries} RGB triples, got {rgb.Length} bytes", nameof(rgb));
        }

        if (alpha is not null && alpha.Length > rgb.Length / 3)
        {
            throw new ArgumentException("more alpha values than palette entries", nameof(alpha));
        }

        Rgb = rgb;
        Alpha = alpha;
    }

    /// <summary>Red, green, blue of each entry.</summary>
    public byte[] Rgb { get; }

    /// <summary>tRNS alpha values for the first entries (the rest are opaque), or null without tRNS.</summary>
    public byte[]? Alpha { get; }

    public int Count => Rgb.Length / 3;

    public bool HasTransparency => Alpha is not null;

    /// <summary>The alpha of an entry: its tRNS value, or 255.</summary>
    public byte AlphaOf(int index) => Alpha is not null && index < Alpha.Length ? Alpha[index] : (byte)255;

    public PngPalette WithAlpha(byte[] alpha) => new(Rgb, alpha.Length > Count ? alpha[..Count] : alpha);
}
