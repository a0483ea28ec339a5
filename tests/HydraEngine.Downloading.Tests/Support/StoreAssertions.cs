using HydraEngine.FixtureBooru.Content;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;

namespace HydraEngine.Downloading.Tests.Support;

/// <summary>Checks a booru post arrived in the store: its bytes (by SHA-256), its tags, its post URL.</summary>
public static class StoreAssertions
{
    public static string Loose(string tag) => tag.Replace('_', ' ').ToLowerInvariant();

    public static void ShouldHavePost(this HydraStore store, FixturePost post, string baseUrl)
    {
        var report = store.GetFile(FileHash.Parse(post.Sha256));
        report.ShouldNotBeNull($"post {post.Id} ({post.Sha256}) is not in the store");
        report.Status.ShouldBe(FileStatus.Current);
        var tags = report.AllDisplayTags.Select(Loose).ToHashSet();
        foreach (var tag in post.Tags)
        {
            tags.ShouldContain(Loose(tag), $"post {post.Id} lacks tag '{tag}'; it has {string.Join(", ", tags)}");
        }

        report.Urls.ShouldContain(url => url.EndsWith($"/post/{post.Id}", StringComparison.Ordinal), $"post {post.Id}'s URL is not recorded: {string.Join(", ", report.Urls)}");
        File.ReadAllBytes(report.Path!).ShouldBe(post.FileBytes.ToArray());
    }

    /// <summary>A general tag shared by at least <paramref name="minimum"/> posts (so a search spans pages).</summary>
    public static string CommonTag(FixtureSite site, int minimum) =>
        site.Posts.SelectMany(post => post.Tags).Where(tag => !tag.Contains(':'))
            .GroupBy(tag => tag).Where(group => group.Count() >= minimum).OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key).First();
}
