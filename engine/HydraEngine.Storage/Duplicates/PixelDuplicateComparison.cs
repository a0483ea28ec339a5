using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// Pixel duplicates (same resolution, same pixel hash): a PNG that is a pixel copy of a JPEG is almost certainly
/// derived from it (−100 for the PNG's side); otherwise 0. Same-resolution images without a pixel hash say so.
/// </summary>
internal sealed class PixelDuplicateComparison : IComparisonRule
{
    private const int DerivativeCopy = 100;

    public ComparisonStatement? Compare(ComparisonContext context)
    {
        var (a, b) = (context.A, context.B);
        if (!a.HasResolution || a.Width != b.Width || a.Height != b.Height || !SimilarFilesHasher.HashableMimes.Contains((int)a.Mime) || !SimilarFilesHasher.HashableMimes.Contains((int)b.Mime))
        {
            return null;
        }

        if (a.PixelHash is null || b.PixelHash is null)
        {
            return new ComparisonStatement("pixel_duplicates", "unknown whether the pixels are identical (a file has no pixel hash yet)", 0);
        }

        if (!context.PixelDuplicates)
        {
            return null;
        }

        return (a.Mime, b.Mime) switch
        {
            (FileMime.ImagePng, FileMime.ImageJpeg) => new ComparisonStatement("pixel_duplicates", "identical pixels, and this PNG is likely a copy made from the JPEG", -DerivativeCopy),
            (FileMime.ImageJpeg, FileMime.ImagePng) => new ComparisonStatement("pixel_duplicates", "identical pixels, and the other file is a PNG likely made from this JPEG", DerivativeCopy),
            _ => new ComparisonStatement("pixel_duplicates", "identical pixels", 0),
        };
    }
}
