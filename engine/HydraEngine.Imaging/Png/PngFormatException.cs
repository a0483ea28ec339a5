namespace HydraEngine.Imaging.Png;

/// <summary>
/// Raised inside the decoder when the file is invalid; <see cref="PngDecoder"/> turns it into an
/// <see cref="ImageDecodeError"/> so the public API never throws for bad input.
/// </summary>
internal sealed class PngFormatException(string code, string message, long byteOffset) : Exception(message)
{
    public ImageDecodeError Error { get; } = new(code, message, byteOffset);
}
