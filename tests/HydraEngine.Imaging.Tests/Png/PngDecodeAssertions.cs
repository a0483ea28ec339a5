namespace HydraEngine.Imaging.Tests.Png;

internal static class PngDecodeAssertions
{
    /// <summary>Decodes with the default limits and returns the error, failing when an image came back.</summary>
    public static ImageDecodeError Error(byte[] file)
    {
        var result = PngCodec.Default.Decode(file, ImageDecodeLimits.Default);
        result.Image.ShouldBeNull();
        return result.Error.ShouldNotBeNull();
    }
}
