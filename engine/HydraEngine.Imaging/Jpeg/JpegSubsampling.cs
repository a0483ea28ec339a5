namespace HydraEngine.Imaging.Jpeg;

/// <summary>A JPEG's chroma subsampling as hydrus classifies it, with hydrus's weight of each in its quality estimate.</summary>
public enum JpegSubsampling
{
    Yuv444 = 0,
    Yuv422 = 1,
    Yuv420 = 2,
    Unknown = 3,
    Greyscale = 4,
}

/// <summary>Names and quality weights of <see cref="JpegSubsampling"/>.</summary>
public static class JpegSubsamplings
{
    /// <summary>hydrus's "visual quality" factor of a subsampling (4:4:4 is 1; greyscale about 0.967).</summary>
    public static double QualityFactor(JpegSubsampling subsampling) => subsampling switch
    {
        JpegSubsampling.Yuv444 => 1.00,
        JpegSubsampling.Yuv422 => 0.93,
        JpegSubsampling.Yuv420 => 0.83,
        JpegSubsampling.Greyscale => 0.967,
        _ => 0.75,
    };

    public static string Label(JpegSubsampling subsampling) => subsampling switch
    {
        JpegSubsampling.Yuv444 => "4:4:4",
        JpegSubsampling.Yuv422 => "4:2:2",
        JpegSubsampling.Yuv420 => "4:2:0",
        JpegSubsampling.Greyscale => "greyscale",
        _ => "unknown subsampling",
    };
}
