using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/add_files/add_file</c>: a <c>path</c> on this machine (JSON) or the file's bytes (<c>application/octet-stream</c>,
/// streamed to a temporary file, at most <see cref="ClientApiOptions.MaxFileBodyBytes"/>). Answers hydrus's
/// <c>{status, hash, note}</c>: 1 imported, 2 already in db, 3 previously deleted, 4 failed (with <c>traceback</c>).
/// A new file's thumbnail is made at once.
/// </summary>
internal sealed class AddFileEndpoint : IApiEndpoint
{
    public string Path => "/add_files/add_file";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddFiles);

    public async Task HandleAsync(ApiRequest request)
    {
        string? upload = null;
        try
        {
            string path;
            if (ApiPipeline.IsOctetStream(request.Http.Request.ContentType))
            {
                upload = await ReceiveAsync(request);
                path = upload;
            }
            else
            {
                path = request.Args.String("path");
                if (!File.Exists(path))
                {
                    throw ApiException.BadParameter("path", $"names '{path}', which is not a file on this machine");
                }
            }

            await ApiResponses.WriteAsync(request, Import(request.Api, path));
        }
        finally
        {
            if (upload is not null)
            {
                File.Delete(upload);
            }
        }
    }

    private static JsonObject Import(ClientApiContext api, string path)
    {
        try
        {
            var (result, stored) = api.Store.Use(store =>
            {
                var imported = store.Import(path);
                return (imported, store.GetFile(imported.Hash)?.Path);
            });
            if (stored is not null && !api.Thumbnails.Has(result.Hash))
            {
                api.Thumbnails.Make(result.Hash, stored);
            }

            var status = result.Status switch
            {
                ImportStatus.Imported => 1,
                ImportStatus.AlreadyInDb => 2,
                _ => 3,
            };
            return new JsonObject { ["status"] = status, ["hash"] = result.Hash.ToHex(), ["note"] = result.Note.Length == 0 ? result.StatusText : result.Note };
        }
        catch (StoreException exception)
        {
            return new JsonObject { ["status"] = 4, ["hash"] = null, ["note"] = exception.Message, ["traceback"] = exception.Message };
        }
    }

    private static async Task<string> ReceiveAsync(ApiRequest request)
    {
        var limit = request.Api.Options.MaxFileBodyBytes;
        if (request.Http.Request.ContentLength > limit)
        {
            throw new ApiException(413, "BadRequestException", $"the file is larger than {limit} bytes");
        }

        var folder = System.IO.Path.Combine(request.Api.WorkFolder, "uploads");
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, Guid.NewGuid().ToString("N") + ".upload");
        await using (var file = File.Create(path))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await request.Http.Request.Body.ReadAsync(buffer, request.Http.RequestAborted)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    file.Close();
                    File.Delete(path);
                    throw new ApiException(413, "BadRequestException", $"the file is larger than {limit} bytes");
                }

                await file.WriteAsync(buffer.AsMemory(0, read), request.Http.RequestAborted);
            }
        }

        return path;
    }
}
