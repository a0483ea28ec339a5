using HydraEngine.Storage;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Http;

/// <summary>
/// hydrus's file arguments: <c>file_id</c>, <c>file_ids</c>, <c>hash</c> or <c>hashes</c> (any of them, together).
/// Hashes are SHA-256 hex; file ids must be known (hydrus answers an unknown id with 404).
/// </summary>
internal static class FileIdentifiers
{
    /// <summary>The hashes asked for, in request order; throws 400 when none is given.</summary>
    public static IReadOnlyList<FileHash> Hashes(ApiArguments args, HydraStore store)
    {
        var hashes = new List<FileHash>();
        if (args.OptionalString("hash") is { } single)
        {
            hashes.Add(Parse("hash", single));
        }

        foreach (var text in args.OptionalStringList("hashes") ?? [])
        {
            hashes.Add(Parse("hashes", text));
        }

        var ids = new List<long>();
        if (args.OptionalInteger("file_id") is { } id)
        {
            ids.Add(id);
        }

        ids.AddRange(args.OptionalIntegerList("file_ids") ?? []);
        if (ids.Count > 0)
        {
            var known = store.HashesOfFileIds(ids);
            foreach (var fileId in ids.Where(fileId => !known.ContainsKey(fileId)).Take(1))
            {
                throw ApiException.NotFound($"One or more of those file identifiers was missing! (file_id {fileId})");
            }

            hashes.AddRange(ids.Select(fileId => known[fileId]));
        }

        return hashes.Count > 0 ? hashes : throw ApiException.BadRequest("Please include some files in your request (file_id, file_ids, hash or hashes)!");
    }

    public static FileHash Parse(string parameter, string text) =>
        FileHash.TryParse(text, out var hash) ? hash : throw ApiException.BadParameter(parameter, $"holds '{Short(text)}', which is not a SHA-256 hash (64 hex digits)");

    private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
