using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// hydrus's "pixel-perfect jpegs vs pngs" and "pixel-perfect gifs vs pngs" (and their "except when png is smaller"
/// variants): both files larger than 128×128, pixel duplicates at distance 0, A of the <paramref name="preferred"/>
/// type and B a PNG: the PNG is a derivative copy, A is better (with <paramref name="unlessPngSmaller"/>, only when
/// A is also the smaller file).
/// </summary>
internal sealed class PixelPerfectTypeRule(string name, FileMime preferred, bool unlessPngSmaller = false) : IAutoResolutionRule
{
    public string Name => name;

    public string Description =>
        $"pixel-perfect {MimeTypes.Extension(preferred)}s vs pngs: the {MimeTypes.Extension(preferred)} is better" + (unlessPngSmaller ? ", unless the png is smaller" : "");

    public AutoResolutionDecision? Decide(AutoResolutionPair pair)
    {
        if (!PairConditions.PixelPerfect(pair) || !PairConditions.LargeImage(pair.First) || !PairConditions.LargeImage(pair.Second))
        {
            return null;
        }

        return PairConditions.FirstOrder(Name, pair, (a, b) => a.Mime == preferred && b.Mime == FileMime.ImagePng && (!unlessPngSmaller || a.Size < b.Size));
    }
}
