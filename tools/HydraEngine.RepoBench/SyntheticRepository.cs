using HydraEngine.Repositories.Updates;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.RepoBench;

/// <summary>
/// A PTR-shaped set of update files in hydrus's format: per update index one definitions file (new hashes and
/// tags) and one content file (mappings grouped by tag over every hash defined so far, about 1% deletions of
/// earlier mappings, a few siblings and parents). Seeded, so every run makes the same files.
/// </summary>
internal static class SyntheticRepository
{
    public static IReadOnlyList<(long Index, byte[] Bytes)> Make(int updates, int mappingsPerUpdate, int seed = 682)
    {
        var random = new Random(seed);
        var files = new List<(long, byte[])>();
        var (hashCount, tagCount) = (0L, 0L);
        var earlier = new List<(long Tag, long Hash)>();
        for (var index = 0; index < updates; index++)
        {
            var newHashes = Math.Max(1, mappingsPerUpdate / 8);
            var newTags = Math.Max(1, mappingsPerUpdate / 100);
            var hashes = Enumerable.Range(0, newHashes).Select(offset => (hashCount + offset + 1, FileHash.Of(BitConverter.GetBytes(hashCount + offset + 1)))).ToList();
            var tags = Enumerable.Range(0, newTags).Select(offset => (tagCount + offset + 1, $"{Namespace(random)}tag {tagCount + offset + 1}")).ToList();
            hashCount += newHashes;
            tagCount += newTags;
            files.Add((index, UpdateFileWriter.Write(new DefinitionsUpdate(hashes, tags))));
            files.Add((index, UpdateFileWriter.Write(Content(random, mappingsPerUpdate, hashCount, tagCount, earlier))));
        }

        return files;
    }

    private static ContentUpdate Content(Random random, int mappings, long hashCount, long tagCount, List<(long Tag, long Hash)> earlier)
    {
        var byTag = new Dictionary<long, HashSet<long>>();
        for (var count = 0; count < mappings; count++)
        {
            var tag = 1 + (long)(tagCount * Math.Pow(random.NextDouble(), 2));
            var hash = random.NextInt64(1, hashCount + 1);
            if (!byTag.TryGetValue(tag, out var set))
            {
                byTag[tag] = set = [];
            }

            set.Add(hash);
        }

        var deletions = earlier.Count == 0 ? [] : Enumerable.Range(0, mappings / 100).Select(_ => earlier[random.Next(earlier.Count)]).Distinct()
            .GroupBy(pair => pair.Tag).Select(group => new RepositoryMappingRow(group.Key, [.. group.Select(pair => pair.Hash)])).ToList();
        var added = byTag.Select(pair => new RepositoryMappingRow(pair.Key, [.. pair.Value])).ToList();
        earlier.AddRange(added.Take(200).SelectMany(row => row.ServiceHashIds.Take(5).Select(hash => (row.ServiceTagId, hash))));
        var pairs = new Dictionary<RepositoryContentType, PairChanges>
        {
            [RepositoryContentType.TagSiblings] = new(Pairs(random, tagCount, mappings / 1000), []),
            [RepositoryContentType.TagParents] = new(Pairs(random, tagCount, mappings / 1000), []),
        };
        return new ContentUpdate(added, deletions, pairs, 0);
    }

    private static List<(long, long)> Pairs(Random random, long tagCount, int count) =>
        Enumerable.Range(0, count).Select(_ => (random.NextInt64(1, tagCount + 1), random.NextInt64(1, tagCount + 1))).Where(pair => pair.Item1 != pair.Item2).ToList();

    private static string Namespace(Random random) => random.Next(4) switch
    {
        0 => "character:",
        1 => "series:",
        2 => "creator:",
        _ => "",
    };
}
