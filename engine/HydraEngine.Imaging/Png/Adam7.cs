namespace HydraEngine.Imaging.Png;

/// <summary>One of the seven Adam7 passes, or the single pass of a non-interlaced image.</summary>
internal readonly record struct InterlacePass(int XStart, int YStart, int XStep, int YStep)
{
    public int Width(int imageWidth) => imageWidth <= XStart ? 0 : ((imageWidth - XStart) + XStep - 1) / XStep;

    public int Height(int imageHeight) => imageHeight <= YStart ? 0 : ((imageHeight - YStart) + YStep - 1) / YStep;

    public bool IsEmpty(int imageWidth, int imageHeight) => Width(imageWidth) == 0 || Height(imageHeight) == 0;
}

/// <summary>The pass geometry of PNG interlace methods 0 (none) and 1 (Adam7).</summary>
internal static class Adam7
{
    private static readonly InterlacePass[] AdamPasses =
    [
        new(0, 0, 8, 8),
        new(4, 0, 8, 8),
        new(0, 4, 4, 8),
        new(2, 0, 4, 4),
        new(0, 2, 2, 4),
        new(1, 0, 2, 2),
        new(0, 1, 1, 2),
    ];

    private static readonly InterlacePass[] SinglePass = [new(0, 0, 1, 1)];

    public static ReadOnlySpan<InterlacePass> Passes(bool interlaced) => interlaced ? AdamPasses : SinglePass;

    /// <summary>Total bytes of the filtered scanlines (filter-type bytes included) the IDAT stream must inflate to.</summary>
    public static long FilteredSize(PngHeader header)
    {
        long total = 0;
        foreach (var pass in Passes(header.Interlaced))
        {
            if (!pass.IsEmpty(header.Width, header.Height))
            {
                total += pass.Height(header.Height) * (1 + header.RowBytes(pass.Width(header.Width)));
            }
        }

        return total;
    }
}
