using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.State;
using HydraEngine.Downloading.Work;

namespace HydraEngine.Downloading.Galleries;

/// <summary>A gallery download's callback: adds new file seeds to its file log until the file limit is hit.</summary>
internal sealed class GalleryFileReceiver(FileSeedLogs logs, long fileLogId, int? fileLimit) : IFileSeedReceiver
{
    public FileSeedReception Receive(GallerySeed gallerySeed, IReadOnlyList<FileSeed> fileSeeds)
    {
        var total = logs.Counts(fileLogId).Values.Sum();
        var room = fileLimit is { } limit ? Math.Max(0, limit - total) : int.MaxValue;
        var fresh = fileSeeds.Where(seed => !logs.Contains(fileLogId, seed.IdentityUrl)).DistinctBy(seed => seed.IdentityUrl).ToList();
        var taken = fresh.Take(room).ToList();
        var added = logs.Add(fileLogId, taken).Count;
        var hitLimit = fileLimit is { } cap && total + added >= cap;
        return new FileSeedReception(added, fileSeeds.Count - fresh.Count, !hitLimit, hitLimit ? "hit file limit" : null);
    }
}
