namespace HydraEngine.Imaging.Perceptual;

/// <summary>
/// What hydrus stores for a still image's similar-files search: its size after orientation, the SHA-256 of its
/// normalised pixels, the raw shape hash and the stored set (empty when the raw hash is blank).
/// </summary>
public sealed record ImageHashes(int Width, int Height, byte[] PixelHash, ulong RawPerceptualHash)
{
    public IReadOnlyList<ulong> PerceptualHashes => ShapePerceptualHash.IsBlank(RawPerceptualHash) ? [] : [RawPerceptualHash];

    public string PixelHashHex => Convert.ToHexStringLower(PixelHash);

    public static string ToHex(ulong perceptualHash) => perceptualHash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
