namespace HydraEngine.Imaging;

/// <summary>The outcome of a decode: exactly one of <see cref="Image"/> and <see cref="Error"/> is set.</summary>
public sealed record ImageDecodeResult(RasterImage? Image, ImageDecodeError? Error)
{
    /// <summary>True when <see cref="Image"/> holds the decoded image.</summary>
    public bool Succeeded => Image is not null;

    internal static ImageDecodeResult Success(RasterImage image) => new(image, null);

    internal static ImageDecodeResult Failure(ImageDecodeError error) => new(null, error);
}
