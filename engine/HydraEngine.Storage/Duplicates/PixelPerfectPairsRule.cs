namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// hydrus's suggested rule 5, "pixel-perfect pairs": two images larger than 128×128 with identical pixels (distance
/// 0), of the same file type; A is better when it is the larger file, or the same size and imported earlier; B must
/// not be the only one carrying EXIF or an ICC profile. Same-size files imported at the same moment stay undecided.
/// </summary>
internal sealed class PixelPerfectPairsRule : IAutoResolutionRule
{
    public string Name => "pixel-perfect-pairs";

    public string Description => "pixel-perfect pairs of one type: the larger file (or the same size imported earlier) is better, keeping EXIF/ICC";

    public AutoResolutionDecision? Decide(AutoResolutionPair pair)
    {
        if (!PairConditions.PixelPerfect(pair) || !PairConditions.LargeImage(pair.First) || !PairConditions.LargeImage(pair.Second))
        {
            return null;
        }

        return PairConditions.FirstOrder(Name, pair, (a, b) =>
            (a.Size > b.Size || (a.Size == b.Size && a.ImportTime < b.ImportTime))
            && a.Mime == b.Mime
            && PairConditions.KeepsEmbeddedMetadata(a, b));
    }
}
