namespace HydraEngine.Imaging;

/// <summary>The colour type stored in a PNG IHDR chunk (the numeric values are the ones in the file).</summary>
public enum PngColourType
{
    Greyscale = 0,
    Truecolour = 2,
    Indexed = 3,
    GreyscaleAlpha = 4,
    TruecolourAlpha = 6,
}
