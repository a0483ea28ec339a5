namespace HydraEngine.Imaging;

/// <summary>
/// Resource limits applied before anything large is allocated. A file over any limit is refused
/// with <see cref="ImageDecodeErrorCodes.TooLarge"/>.
/// </summary>
/// <param name="MaxPixels">Largest width × height accepted.</param>
/// <param name="MaxDecodedBytes">Largest size of the decoded samples (and of the inflated scanline data).</param>
/// <param name="MaxFileBytes">Largest encoded file accepted.</param>
public sealed record ImageDecodeLimits(
    long MaxPixels = 64_000_000,
    long MaxDecodedBytes = 256 * 1024 * 1024,
    long MaxFileBytes = 128 * 1024 * 1024)
{
    /// <summary>The default limits.</summary>
    public static ImageDecodeLimits Default { get; } = new();
}
