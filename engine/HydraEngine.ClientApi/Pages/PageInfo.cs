using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Http;
using HydraEngine.Downloading;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Pages;

/// <summary>
/// A download page as hydrus's <c>get_page_info</c> shows it: <c>management</c> holds the job's import status
/// (<c>urls_import</c>, <c>multiple_watcher_import</c> or <c>multiple_gallery_import</c>, each with hydrus's
/// <c>imports</c> and <c>gallery_log</c> summaries) and <c>media</c> the files the job imported, then the files
/// added over the API. <c>simple=false</c> adds hashes and every import item.
/// </summary>
internal static class PageInfo
{
    public static JsonObject Describe(ClientApiContext api, DownloadPage page, bool simple)
    {
        IReadOnlyList<FileSeed> files;
        IReadOnlyList<GallerySeed> galleries;
        lock (api.DownloadsGate)
        {
            var downloads = api.Downloads!;
            files = downloads.FileLog(page.FileLogId);
            galleries = downloads.GalleryLog(page.GalleryLogId);
        }

        var job = new JsonObject
        {
            ["imports"] = Imports(files.Select(seed => (seed.Url, seed.Status, seed.Note)).ToList(), simple),
            ["gallery_log"] = Imports(galleries.Select(seed => (seed.Url, seed.Status, seed.Note)).ToList(), simple),
            ["files_paused"] = page.Paused,
        };
        var management = page.Source switch
        {
            PageSource.UrlQueue => new JsonObject { ["urls_import"] = job },
            PageSource.Watcher => new JsonObject { ["multiple_watcher_import"] = Several("watcher_imports", job, page) },
            _ => new JsonObject { ["multiple_gallery_import"] = Several("gallery_imports", job, page) },
        };
        var hashes = files.Select(seed => seed.FileHash).OfType<string>()
            .Select(hex => FileHash.TryParse(hex, out var hash) ? hash : (FileHash?)null).OfType<FileHash>()
            .Concat(api.PageFiles.Of(page.Key)).Distinct().ToList();
        return new JsonObject
        {
            ["name"] = page.Name,
            ["page_key"] = page.Key,
            ["page_state"] = 0,
            ["page_type"] = page.PageType,
            ["is_media_page"] = true,
            ["management"] = management,
            ["media"] = Media(api, hashes, simple),
        };
    }

    private static JsonObject Several(string listName, JsonObject job, DownloadPage page)
    {
        job["url"] = page.Url;
        job["name"] = page.Name;
        job["key"] = page.Key;
        return new JsonObject { [listName] = new JsonArray(job), ["highlight"] = page.Key };
    }

    private static JsonObject Imports(IReadOnlyList<(string Url, SeedStatus Status, string Note)> seeds, bool simple)
    {
        var done = seeds.Count(seed => seed.Status.IsDone());
        var counts = seeds.GroupBy(seed => seed.Status).Where(group => group.Key.IsDone()).Select(group => $"{group.Count()} {group.Key.Describe()}");
        var status = seeds.Count == 0 ? "" : string.Join(", ", counts.DefaultIfEmpty($"{seeds.Count} pending"));
        var result = new JsonObject
        {
            ["status"] = status,
            ["simple_status"] = seeds.Count == 0 ? "" : $"{done}/{seeds.Count}",
            ["total_processed"] = done,
            ["total_to_process"] = seeds.Count,
        };
        if (!simple)
        {
            result["import_items"] = new JsonArray([.. seeds.Select(seed => (JsonNode)new JsonObject { ["url"] = seed.Url, ["status"] = (int)seed.Status, ["note"] = seed.Note })]);
        }

        return result;
    }

    private static JsonObject Media(ClientApiContext api, IReadOnlyList<FileHash> hashes, bool simple)
    {
        var ids = api.Store.Use(store => hashes.Select(store.FileIdOf).OfType<long>().ToList());
        var media = new JsonObject
        {
            ["num_files"] = ids.Count,
            ["hash_ids"] = JsonLists.Of(ids),
            ["num_files_selected"] = 0,
            ["hash_ids_selected"] = new JsonArray(),
        };
        if (!simple)
        {
            media["hashes"] = JsonLists.Of(hashes.Select(hash => hash.ToHex()));
            media["hashes_selected"] = new JsonArray();
        }

        return media;
    }
}
