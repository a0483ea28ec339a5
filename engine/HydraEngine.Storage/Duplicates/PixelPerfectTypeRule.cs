using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// hydrus's "pixel-perfect jpegs vs pngs" and "pixel-perfect gifs vs pngs": both files larger than 128×128, pixel
/// duplicates at distance 0, one of <paramref name="preferred"/> and one PNG: the PNG is a derivative copy, A (the
/// jpeg/gif) is better.
/// </summary>
internal sealed class PixelPerfectTypeRule(string name, FileMime preferred) : IAutoResolutionRule
{
    private const int MinimumSide = 128;

    public string Name => name;

    public string Description => $"pixel-perfect {MimeTypes.Extension(preferred)}s vs pngs: the {MimeTypes.Extension(preferred)} is better";

    public AutoResolutionDecision? Decide(AutoResolutionPair pair)
    {
        if (!pair.PixelDuplicates || pair.Distance != 0 || !LargeEnough(pair.First) || !LargeEnough(pair.Second))
        {
            return null;
        }

        foreach (var (a, b) in new[] { (pair.First, pair.Second), (pair.Second, pair.First) })
        {
            if (a.Mime == preferred && b.Mime == FileMime.ImagePng)
            {
                return new AutoResolutionDecision(Name, a.Hash, b.Hash);
            }
        }

        return null;
    }

    private static bool LargeEnough(AutoResolutionFile file) => file.Width > MinimumSide && file.Height > MinimumSide;
}
