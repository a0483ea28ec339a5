using HydraEngine.Imaging.Similarity;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// hydrus's search for potential duplicates: each file whose cached search distance is below D is searched once
/// (itself, its pixel duplicates at distance 0, every file whose perceptual hash is within D), the results are
/// mapped to duplicate groups and stored as potential pairs, and the file is marked searched at D.
/// </summary>
internal sealed class PotentialPairSearch(SimilarFilesRecords similar, DuplicateGroups groups, DuplicateUpdates updates)
{
    /// <summary>Searches up to <paramref name="limit"/> files (in one transaction, the caller's); returns how many were searched.</summary>
    public int Run(ISimilarHashIndex index, int distance, int limit)
    {
        var files = similar.FilesToSearch(distance, limit);
        foreach (var hashId in files)
        {
            var matches = SearchFile(index, hashId, distance);
            if (matches.Count > 0)
            {
                var mediaId = groups.MediaIdOf(hashId);
                updates.AddPotentials(mediaId, matches.Select(match => (groups.MediaIdOf(match.Key), match.Value)).ToList());
            }

            similar.MarkSearched(hashId, distance);
        }

        return files.Count;
    }

    /// <summary>Every other file within <paramref name="distance"/> (pixel duplicates at 0), with the smallest distance.</summary>
    public Dictionary<long, int> SearchFile(ISimilarHashIndex index, long hashId, int distance)
    {
        var found = new Dictionary<long, int>();
        foreach (var twin in similar.PixelDuplicatesOf(hashId))
        {
            found[twin] = 0;
        }

        foreach (var phash in similar.PerceptualHashesOf(hashId))
        {
            foreach (var match in index.Search(phash, distance))
            {
                if (match.Id != hashId && (!found.TryGetValue(match.Id, out var known) || match.Distance < known))
                {
                    found[match.Id] = match.Distance;
                }
            }
        }

        return found;
    }
}
