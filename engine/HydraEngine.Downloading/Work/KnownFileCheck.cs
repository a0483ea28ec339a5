using HydraEngine.Downloading.Seeds;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Urls;
using HydraEngine.Storage;
using HydraEngine.Storage.Metadata;

namespace HydraEngine.Downloading.Work;

/// <summary>
/// hydrus's pre-import prediction: before fetching anything, ask the store about the seed's own URL, the file URL
/// (when their class maps one URL to one file) and every hash the page gave. "already in db" and "previously
/// deleted" answers skip the download.
/// </summary>
internal static class KnownFileCheck
{
    public sealed record Prediction(SeedStatus Status, string Hash, string Reason);

    public static Prediction? Predict(HydraStore store, DomainManager domains, FileSeed seed, string? fileUrl)
    {
        foreach (var (type, hex) in seed.Metadata.Hashes)
        {
            if (!IsKnownHashType(type))
            {
                continue;
            }

            var lookup = store.LookupHash(type, hex);
            if (Answer(lookup.AlreadyInDb, lookup.PreviouslyDeleted, lookup.Hash?.ToHex(), $"{type} hash recognised") is { } byHash)
            {
                return byHash;
            }
        }

        foreach (var url in new[] { seed.Url, fileUrl }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!PredictsOneFile(domains, url))
            {
                continue;
            }

            var lookup = store.LookupUrl(domains.NormaliseUrl(url));
            if (lookup.Files.Count == 1 && Answer(lookup.AlreadyInDb, lookup.PreviouslyDeleted, lookup.Files[0].Hash.ToHex(), "url recognised") is { } byUrl)
            {
                return byUrl;
            }
        }

        return null;
    }

    private static Prediction? Answer(bool alreadyInDb, bool previouslyDeleted, string? hash, string reason) =>
        hash is null ? null
        : alreadyInDb ? new Prediction(SeedStatus.AlreadyInDb, hash, reason)
        : previouslyDeleted ? new Prediction(SeedStatus.PreviouslyDeleted, hash, reason)
        : null;

    private static bool IsKnownHashType(string type) => type is "md5" or "sha1" or "sha256" or "sha512";

    /// <summary>Post and file URLs that cannot produce several files identify one file; unknown URLs are taken at their word too.</summary>
    private static bool PredictsOneFile(DomainManager domains, string url) =>
        domains.GetUrlClass(url) is not { } engine
        || (engine.Class.UrlType is UrlType.Post or UrlType.File && !engine.Class.Options.CanProduceMultipleFiles);
}
