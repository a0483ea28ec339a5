using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.Storage.Files;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/get_files/file</c>: the file's bytes, streamed from disk with Range support (206/416) and a year of caching;
/// <c>download=true</c> asks the browser to save it. 404 when the store does not hold the bytes.
/// </summary>
internal sealed class GetFileEndpoint : IApiEndpoint
{
    public string Path => "/get_files/file";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.SearchFiles);

    public async Task HandleAsync(ApiRequest request)
    {
        var report = request.Api.Store.Use(store => store.GetFile(SingleFile.Of(request.Args, store)));
        if (report?.Path is not { } path || report.Metadata is not { } metadata || !File.Exists(path))
        {
            throw ApiException.NotFound("Could not find that file in the client's storage!");
        }

        request.Http.Response.Headers.CacheControl = "max-age=31536000";
        var name = $"{metadata.Hash.ToHex()}.{metadata.Extension}";
        var download = request.Args.Boolean("download", false);
        await Results.File(path, metadata.MimeString, download ? name : null, enableRangeProcessing: true).ExecuteAsync(request.Http);
    }
}

/// <summary>
/// <c>/get_files/thumbnail</c>: the thumbnail (made now if it is missing); files without a decodable image get a
/// placeholder, never a 404, as in hydrus. An unknown file is 404.
/// </summary>
internal sealed class GetThumbnailEndpoint : IApiEndpoint
{
    public string Path => "/get_files/thumbnail";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.SearchFiles);

    public async Task HandleAsync(ApiRequest request)
    {
        var (hash, path) = request.Api.Store.Use(store =>
        {
            var wanted = SingleFile.Of(request.Args, store);
            return store.GetFile(wanted) is { } report ? (wanted, report.Path) : throw ApiException.NotFound("Could not find that file!");
        });
        var (bytes, contentType) = request.Api.Thumbnails.Get(hash, path);
        request.Http.Response.Headers.CacheControl = "max-age=31536000";
        await Results.Bytes(bytes, contentType).ExecuteAsync(request.Http);
    }
}

/// <summary>One file by <c>file_id</c> or <c>hash</c>.</summary>
internal static class SingleFile
{
    public static FileHash Of(ApiArguments args, Storage.HydraStore store)
    {
        if (args.OptionalInteger("file_id") is { } id)
        {
            return store.HashesOfFileIds([id]).TryGetValue(id, out var found) ? found : throw ApiException.NotFound($"One or more of those file identifiers was missing! (file_id {id})");
        }

        return args.OptionalString("hash") is { } hex
            ? FileIdentifiers.Parse("hash", hex)
            : throw ApiException.BadRequest("Please include a file_id or hash parameter!");
    }
}
