namespace HydraEngine.Storage.Search;

/// <summary>Where a search runs.</summary>
/// <param name="FileDomain">The file service searched; "all my files" by default (use "trash" for the trash).</param>
/// <param name="TagService">One tag service, or null for all of them.</param>
/// <param name="Sort">Overrides a <c>system:sort</c> in the query.</param>
/// <param name="Limit">Overrides a <c>system:limit</c> in the query.</param>
/// <param name="UrlClassOf">The name of the URL class matching a URL (or null), for <c>system:has url with class</c>; the downloader library provides it.</param>
public sealed record SearchOptions(
    string FileDomain = Services.ServiceCatalog.AllMyFiles,
    string? TagService = null,
    SearchSort? Sort = null,
    int? Limit = null,
    Func<string, string?>? UrlClassOf = null)
{
    public static SearchOptions Default { get; } = new();
}
