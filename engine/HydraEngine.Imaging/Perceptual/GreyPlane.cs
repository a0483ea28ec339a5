namespace HydraEngine.Imaging.Perceptual;

/// <summary>A single 8-bit channel, row-major.</summary>
internal sealed record GreyPlane(int Width, int Height, byte[] Samples)
{
    public byte this[int x, int y] => Samples[y * Width + x];
}
