using HydraEngine.Imaging.Similarity;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// What one search run reads once instead of per file: the index over every perceptual hash, each file's
/// perceptual hashes, and the groups of pixel duplicates (same pixel hash and same width).
/// </summary>
internal sealed class SimilarFilesSnapshot
{
    private readonly Dictionary<long, List<ulong>> phashesByFile = [];
    private readonly Dictionary<long, long[]> pixelTwins = [];

    public SimilarFilesSnapshot(SimilarFilesRecords records, Func<IEnumerable<(ulong Hash, long Id)>, ISimilarHashIndex>? indexFactory = null)
    {
        var rows = records.AllPerceptualHashes().ToList();
        foreach (var (phash, hashId) in rows)
        {
            if (!phashesByFile.TryGetValue(hashId, out var list))
            {
                phashesByFile[hashId] = list = [];
            }

            list.Add(phash);
        }

        Index = (indexFactory ?? (items => new MultiIndexHashIndex(items)))(rows.Select(row => (row.Phash, row.HashId)));
        foreach (var group in records.PixelDuplicateGroups())
        {
            foreach (var hashId in group)
            {
                pixelTwins[hashId] = group;
            }
        }
    }

    public ISimilarHashIndex Index { get; }

    public IReadOnlyList<ulong> PerceptualHashesOf(long hashId) => phashesByFile.TryGetValue(hashId, out var list) ? list : [];

    public IEnumerable<long> PixelDuplicatesOf(long hashId) =>
        pixelTwins.TryGetValue(hashId, out var group) ? group.Where(other => other != hashId) : [];
}
