using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace HydraEngine.DownloadBench;

/// <summary>
/// The least any downloader must do for the same result, for the side-by-side reference: walk the gallery pages,
/// fetch each post page, pull the file link with a regex, stream the file to disk while hashing it. No parsing
/// engine, no store, no state.
/// </summary>
internal static partial class ReferenceDownloader
{
    public static async Task<int> RunAsync(Uri site, string folder, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = site };
        Directory.CreateDirectory(folder);
        var files = 0;
        for (var page = 1; ; page++)
        {
            var gallery = await client.GetStringAsync($"/posts?page={page}&tags=", cancellationToken);
            var posts = PostLink().Matches(gallery).Select(match => match.Groups[1].Value).Distinct().ToList();
            if (posts.Count == 0)
            {
                return files;
            }

            foreach (var post in posts)
            {
                var html = await client.GetStringAsync(post, cancellationToken);
                var file = OriginalLink().Match(html).Groups[1].Value;
                await using var body = await client.GetStreamAsync(file, cancellationToken);
                var path = Path.Combine(folder, $"{files}.bin");
                await using (var output = File.Create(path))
                {
                    using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        hasher.AppendData(buffer, 0, read);
                        await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }

                    hasher.GetHashAndReset();
                }

                files++;
            }
        }
    }

    [GeneratedRegex("href=\"(/post/\\d+)\"")]
    private static partial Regex PostLink();

    [GeneratedRegex("id=\"original\" href=\"([^\"]+)\"")]
    private static partial Regex OriginalLink();
}
