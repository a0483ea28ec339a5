namespace HydraEngine.Imaging.Perceptual;

/// <summary>OpenCV's RGB to grey on 8-bit samples: 15-bit fixed-point weights, rounding half up.</summary>
internal static class OpenCvGrey
{
    private const int RedWeight = 9798;
    private const int GreenWeight = 19235;
    private const int BlueWeight = 3735;

    public static byte Of(byte red, byte green, byte blue) =>
        (byte)((red * RedWeight + green * GreenWeight + blue * BlueWeight + 16384) >> 15);

    /// <summary>The grey plane of interleaved samples whose first three channels are R, G, B.</summary>
    public static byte[] Plane(ReadOnlySpan<byte> samples, int pixelCount, int channels)
    {
        var grey = new byte[pixelCount];
        for (int pixel = 0, offset = 0; pixel < pixelCount; pixel++, offset += channels)
        {
            grey[pixel] = Of(samples[offset], samples[offset + 1], samples[offset + 2]);
        }

        return grey;
    }
}
