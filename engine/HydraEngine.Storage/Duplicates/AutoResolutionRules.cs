using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// The auto-resolution rules we can run: hydrus's suggested rules 1–5 (none is active unless asked for). Its rules
/// 6–8 need hydrus's "visual duplicates" verdict (LAB histograms and edge maps), which we do not compute.
/// </summary>
internal static class AutoResolutionRules
{
    public static IReadOnlyList<IAutoResolutionRule> All { get; } =
    [
        new PixelPerfectTypeRule("jpeg-vs-png", FileMime.ImageJpeg),
        new PixelPerfectTypeRule("gif-vs-png", FileMime.ImageGif),
        new PixelPerfectTypeRule("jpeg-vs-png-unless-png-smaller", FileMime.ImageJpeg, unlessPngSmaller: true),
        new PixelPerfectTypeRule("gif-vs-png-unless-png-smaller", FileMime.ImageGif, unlessPngSmaller: true),
        new PixelPerfectPairsRule(),
    ];

    /// <summary>hydrus's suggested rules we cannot run yet, by the names a user would try, with why.</summary>
    public static IReadOnlyDictionary<string, string> Unsupported { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["visually-similar-pairs"] = "hydrus's rule 6",
        ["visually-similar-pairs-imported-a-week-apart"] = "hydrus's rule 7",
        ["near-perfect-jpegs-vs-pngs"] = "hydrus's rule 8",
    };
}
