namespace HydraEngine.Imaging.Decoding;

/// <summary>
/// A decode's outcome: <see cref="Pixels"/> or <see cref="Error"/>. <see cref="FrameCount"/> above 1 marks an
/// animation (hydrus hashes only still images; the first frame is decoded anyway).
/// </summary>
public sealed record PixelDecodeResult(HydrusPixels? Pixels, string? Error, string Format, int FrameCount)
{
    public bool Succeeded => Pixels is not null;

    public bool IsAnimated => FrameCount > 1;

    public static PixelDecodeResult Failure(string error, string format = "unknown") => new(null, error, format, 0);
}
