using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>The conditions hydrus's suggested auto-resolution rules share.</summary>
internal static class PairConditions
{
    private const int MinimumSide = 128;

    private static readonly HashSet<FileMime> StillImages =
        [FileMime.ImageJpeg, FileMime.ImagePng, FileMime.ImageGif, FileMime.ImageBmp, FileMime.ImageIcon, FileMime.ImageWebp, FileMime.ImageTiff, FileMime.ImageHeic, FileMime.ImageAvif];

    /// <summary>Pixel duplicates found at distance 0 (the potential-pairs search of every pixel-perfect rule).</summary>
    public static bool PixelPerfect(AutoResolutionPair pair) => pair.PixelDuplicates && pair.Distance == 0;

    /// <summary>A still image wider and taller than 128 pixels.</summary>
    public static bool LargeImage(AutoResolutionFile file) => StillImages.Contains(file.Mime) && file.Width > MinimumSide && file.Height > MinimumSide;

    /// <summary>hydrus's "smart" EXIF and ICC guards: B has none, or both have the same (never drop the only file carrying one).</summary>
    public static bool KeepsEmbeddedMetadata(AutoResolutionFile a, AutoResolutionFile b) =>
        (!b.HasExif || a.HasExif) && (!b.HasIccProfile || a.HasIccProfile);

    /// <summary>The pair in both orders, the first order that passes <paramref name="selects"/> decided (A better), or null.</summary>
    public static AutoResolutionDecision? FirstOrder(string rule, AutoResolutionPair pair, Func<AutoResolutionFile, AutoResolutionFile, bool> selects)
    {
        foreach (var (a, b) in new[] { (pair.First, pair.Second), (pair.Second, pair.First) })
        {
            if (selects(a, b))
            {
                return new AutoResolutionDecision(rule, a.Hash, b.Hash);
            }
        }

        return null;
    }
}
