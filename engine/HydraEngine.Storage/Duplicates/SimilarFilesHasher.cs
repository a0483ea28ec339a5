using HydraEngine.Imaging.Perceptual;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// Which stored files get a pixel hash and perceptual hash (still images the decoder reads: jpeg, png, static
/// gif, webp, bmp, ico), and computing them from a file on disk. As in hydrus, a failure yields no hashes and
/// is never an import error.
/// </summary>
internal static class SimilarFilesHasher
{
    public static IReadOnlyCollection<int> HashableMimes { get; } =
        [(int)FileMime.ImageJpeg, (int)FileMime.ImagePng, (int)FileMime.ImageGif, (int)FileMime.ImageWebp, (int)FileMime.ImageBmp, (int)FileMime.ImageIcon];

    public static bool IsHashable(FileMime mime, MediaInfo media) =>
        HashableMimes.Contains((int)mime) && media.NumFrames is null or <= 1 && media.DurationMs is null or 0;

    /// <summary>The hashes, or null with the reason there are none.</summary>
    public static (ImageHashes? Hashes, string Outcome) Hash(string path)
    {
        try
        {
            var (hashes, error) = ImageHasher.Default.Hash(File.ReadAllBytes(path));
            return hashes is null ? (null, "no hashes: " + error) : (hashes, "hashed");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or OutOfMemoryException)
        {
            return (null, "no hashes: " + exception.Message);
        }
    }
}
