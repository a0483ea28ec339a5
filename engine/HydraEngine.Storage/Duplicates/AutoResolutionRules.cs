using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>The auto-resolution rules we can run (none is active unless asked for).</summary>
internal static class AutoResolutionRules
{
    public static IReadOnlyList<IAutoResolutionRule> All { get; } =
    [
        new PixelPerfectTypeRule("jpeg-vs-png", FileMime.ImageJpeg),
        new PixelPerfectTypeRule("gif-vs-png", FileMime.ImageGif),
    ];
}
