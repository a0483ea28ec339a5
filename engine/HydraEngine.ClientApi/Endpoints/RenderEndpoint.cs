using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Rendering;
using HydraEngine.Storage.Files;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/get_files/render</c>: a still image (by <c>file_id</c> or <c>hash</c>) rendered to <c>render_format</c>
/// (hydrus's ids: 2 PNG, the default; 1 JPEG; 33 WebP) at <c>render_quality</c>, resized to <c>width</c> ×
/// <c>height</c> when both are given; a year of caching, <c>download=true</c> for an attachment. Anything but a
/// still image is hydrus's 400 "Requested file is not an image!" (HydraEngine stores no ugoira to render as APNG).
/// </summary>
internal sealed class RenderEndpoint : IApiEndpoint
{
    private static readonly HashSet<FileMime> StillImages =
    [
        FileMime.ImageJpeg, FileMime.ImagePng, FileMime.ImageGif, FileMime.ImageBmp, FileMime.ImageIcon,
        FileMime.ImageWebp, FileMime.ImageTiff, FileMime.ImageHeic, FileMime.ImageAvif,
    ];

    public string Path => "/get_files/render";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.SearchFiles);

    public async Task HandleAsync(ApiRequest request)
    {
        var args = request.Args;
        var report = request.Api.Store.Use(store => store.GetFile(SingleFile.Of(args, store)));
        if (report?.Path is not { } path || report.Metadata is not { } metadata || !File.Exists(path))
        {
            throw ApiException.NotFound("One or more of those file identifiers was missing!");
        }

        if (!StillImages.Contains(metadata.Mime))
        {
            throw ApiException.BadRequest("Requested file is not an image!");
        }

        var formatId = args.OptionalInteger("render_format") ?? 2;
        var format = RenderFormat.All.FirstOrDefault(candidate => candidate.HydrusMime == formatId) ?? throw ApiException.BadParameter("render_format", $"is {formatId}: Invalid render format! (2 PNG, 1 JPEG, 33 WebP)");
        var quality = (int)(args.OptionalInteger("render_quality") ?? format.DefaultQuality);
        var bytes = ImageRenderer.Render(path, format, quality, Size(args)) ?? throw new ApiException(500, "DamagedOrUnusualFileException", "Could not render that file: the image could not be decoded.");
        request.Http.Response.Headers.CacheControl = "max-age=31536000";
        var download = args.Boolean("download", false) ? $"{metadata.Hash.ToHex()}.{format.ContentType[6..]}" : null;
        await Results.File(bytes, format.ContentType, download).ExecuteAsync(request.Http);
    }

    private static (int Width, int Height)? Size(ApiArguments args)
    {
        if (args.OptionalInteger("width") is not { } width || args.OptionalInteger("height") is not { } height)
        {
            return null;
        }

        return (width, height) switch
        {
            ( < 1, _) => throw ApiException.BadParameter("width", "must be greater than 0!"),
            (_, < 1) => throw ApiException.BadParameter("height", "must be greater than 0!"),
            ( > 20_000, _) or (_, > 20_000) => throw ApiException.BadRequest("Width and height must be at most 20000!"),
            _ => ((int)width, (int)height),
        };
    }
}
