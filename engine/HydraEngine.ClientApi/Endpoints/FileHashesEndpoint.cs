using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/get_files/file_hashes</c>: translates <c>hash</c>/<c>hashes</c> of <c>source_hash_type</c> (default sha256)
/// into <c>desired_hash_type</c> (sha256, md5, sha1 or sha512), <c>{"hashes": {source: desired}}</c>. Hashes the
/// store cannot translate (unknown files, or files imported before MD5/SHA-1/SHA-512 were kept) are left out.
/// </summary>
internal sealed class FileHashesEndpoint : IApiEndpoint
{
    private static readonly string[] Supported = ["sha256", "md5", "sha1", "sha512"];

    private static readonly Dictionary<string, Func<LocalHashes, string>> OtherHashes = new(StringComparer.Ordinal)
    {
        ["md5"] = hashes => hashes.Md5,
        ["sha1"] = hashes => hashes.Sha1,
        ["sha512"] = hashes => hashes.Sha512,
    };

    public string Path => "/get_files/file_hashes";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.SearchFiles);

    public Task HandleAsync(ApiRequest request)
    {
        var args = request.Args;
        var source = HashType(args.OptionalString("source_hash_type") ?? "sha256", "source_hash_type");
        var desired = HashType(args.OptionalString("desired_hash_type") ?? throw ApiArguments.Missing("desired_hash_type"), "desired_hash_type");
        var wanted = new List<string>();
        if (args.OptionalString("hash") is { } single)
        {
            wanted.Add(single);
        }

        wanted.AddRange(args.OptionalStringList("hashes") ?? []);
        if (wanted.Count == 0)
        {
            throw ApiException.BadRequest("You have to specify a hash to look up!");
        }

        var result = request.Api.Store.Use(store =>
        {
            var found = new JsonObject();
            foreach (var hex in wanted.Select(text => text.Trim().ToLowerInvariant()).Distinct())
            {
                if (Translate(store, source, hex, desired) is { } translated)
                {
                    found[hex] = translated;
                }
            }

            return found;
        });
        return ApiResponses.WriteAsync(request, new JsonObject { ["hashes"] = result });
    }

    private static string HashType(string name, string parameter) =>
        Supported.Contains(name) ? name : throw ApiException.BadParameter(parameter, $"is '{name}': I do not support that hash type! (sha256, md5, sha1 or sha512)");

    private static string? Translate(HydraStore store, string source, string hex, string desired)
    {
        HashLookup lookup;
        try
        {
            lookup = store.LookupHash(source, hex);
        }
        catch (StoreException error)
        {
            throw ApiException.BadParameter("hashes", $"holds a bad {source} hash: {error.Message}");
        }

        if (lookup.Hash is not { } sha256)
        {
            return null;
        }

        if (desired == "sha256")
        {
            return sha256.ToHex();
        }

        return store.GetFile(sha256)?.LocalHashes is { } others ? OtherHashes[desired](others) : null;
    }
}
