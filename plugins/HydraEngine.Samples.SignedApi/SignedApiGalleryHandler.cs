using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HydraEngine.Abstractions;

namespace HydraEngine.Samples.SignedApi;

/// <summary>
/// URL class "fixture booru api gallery" (<c>https://fixture.test/api/posts?page=N</c>): the API answers only
/// requests whose <c>X-Signature</c> header is the HMAC-SHA256 of the path and query under the site's key. The
/// answer is <c>{"posts": [...], "meta": {"next": "/api/posts?page=2"}}</c>; deleted posts and posts without a file
/// are skipped.
/// </summary>
internal sealed class SignedApiGalleryHandler : ISiteHandler
{
    public const string SignatureHeader = "X-Signature";

    /// <summary>The fixture site's published key (a real site would have the user give it).</summary>
    public static readonly byte[] Key = Encoding.UTF8.GetBytes("fixture-booru-key");

    public string UrlClass => "fixture booru api gallery";

    public async Task<SiteResult> FetchAsync(SiteRequest request, IPluginHttp http, CancellationToken cancellationToken)
    {
        var url = new Uri(request.Url);
        var headers = new Dictionary<string, string> { [SignatureHeader] = Sign(url.PathAndQuery) };
        var response = await http.GetAsync(request.Url, headers, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != 200)
        {
            throw new PluginInputException($"the API answered {response.StatusCode} for {request.Url}.");
        }

        try
        {
            using var document = JsonDocument.Parse(response.Body);
            return Read(document.RootElement, url);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new PluginInputException($"the API's answer for {request.Url} is not the expected JSON: {exception.Message}", exception);
        }
    }

    public static string Sign(string pathAndQuery) => Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(pathAndQuery)));

    private static SiteResult Read(JsonElement root, Uri url)
    {
        var files = new List<string>();
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var post in root.GetProperty("posts").EnumerateArray())
        {
            if (post.GetProperty("flags").GetProperty("deleted").GetBoolean() || post.GetProperty("file").GetProperty("url").GetString() is not { } file)
            {
                continue;
            }

            files.Add(file);
            foreach (var group in post.GetProperty("tags").EnumerateObject())
            {
                var prefix = group.Name switch { "general" => "", "artist" => "creator:", _ => group.Name + ":" };
                foreach (var tag in group.Value.EnumerateArray())
                {
                    tags.Add(prefix + tag.GetString());
                }
            }
        }

        var next = root.GetProperty("meta").TryGetProperty("next", out var given) && given.GetString() is { } path ? [new Uri(url, path).AbsoluteUri] : Array.Empty<string>();
        return new SiteResult { FileUrls = files, Tags = [.. tags], NextPageUrls = next };
    }
}
