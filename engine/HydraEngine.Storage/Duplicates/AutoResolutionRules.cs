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
}
