namespace HydraEngine.Imaging;

/// <summary>The shape of a decoded sample buffer.</summary>
internal readonly record struct RasterImageFormat(int Width, int Height, int Channels, int BitDepth)
{
    public int BytesPerSample => BitDepth / 8;

    public int BytesPerPixel => Channels * BytesPerSample;

    public long TotalBytes => (long)Width * Height * BytesPerPixel;
}
