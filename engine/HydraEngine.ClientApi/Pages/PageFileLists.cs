using System.Collections.Concurrent;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Pages;

/// <summary>
/// Files added to pages over the API (<c>/manage_pages/add_files</c>), per page key, in the order added. Like a
/// hydrus page's media they are session state: they are shown on the page until <c>hydra serve</c> stops.
/// </summary>
internal sealed class PageFileLists
{
    private readonly ConcurrentDictionary<string, List<FileHash>> byPage = new(StringComparer.Ordinal);

    public void Add(string pageKey, IEnumerable<FileHash> hashes)
    {
        var list = byPage.GetOrAdd(pageKey, _ => []);
        lock (list)
        {
            list.AddRange(hashes.Where(hash => !list.Contains(hash)));
        }
    }

    public IReadOnlyList<FileHash> Of(string pageKey)
    {
        if (!byPage.TryGetValue(pageKey, out var list))
        {
            return [];
        }

        lock (list)
        {
            return [.. list];
        }
    }
}
