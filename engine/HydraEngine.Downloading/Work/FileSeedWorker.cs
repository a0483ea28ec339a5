using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Sites;
using HydraEngine.Matching;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Urls;
using HydraEngine.Network;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Downloading.Work;

/// <summary>
/// hydrus's <c>FileSeed.WorkOnURL</c> (semantics.md §6): a post URL is fetched (through its API chain) and parsed;
/// one file URL is downloaded by this seed, several (or a post URL) become child seeds right after it; a file
/// URL is downloaded directly. Known files are skipped before any download.
/// </summary>
internal sealed class FileSeedWorker(DownloadServices services)
{
    private readonly FileImporter importer = new(services);

    /// <summary>Works one pending seed of log <paramref name="logId"/> and records the outcome. Network failures end as an error note.</summary>
    public async Task<FileSeed> WorkAsync(long logId, FileSeed seed, NetworkJobContext job, CancellationToken cancellationToken)
    {
        FileSeed finished;
        try
        {
            finished = await WorkOnUrlAsync(logId, seed, job, cancellationToken).ConfigureAwait(false);
        }
        catch (UrlClassException exception)
        {
            finished = Done(seed, SeedStatus.Vetoed, exception.Message);
        }
        catch (NetworkException exception) when (exception.Failure == NetworkFailure.BandwidthExhausted)
        {
            // Not a failure: the seed stays pending and its job is put aside until the bandwidth returns.
            services.Deferrals.Defer(exception.Url?.AbsoluteUri ?? seed.Url, job);
            return seed;
        }
        catch (NetworkException exception) when (exception.Failure == NetworkFailure.NotFound || exception.Failure == NetworkFailure.UnavailableForLegalReasons)
        {
            finished = Done(seed, SeedStatus.Vetoed, exception.Message);
        }
        catch (Exception exception) when (exception is NetworkException or SitePageException)
        {
            finished = Done(seed, SeedStatus.Error, exception.Message);
        }
        catch (Storage.StoreException exception)
        {
            finished = Done(seed, SeedStatus.Vetoed, exception.Message);
        }

        services.FileLogs.Update(finished);
        services.Events.FileSeedFinished(job.Key, finished);
        return finished;
    }

    private async Task<FileSeed> WorkOnUrlAsync(long logId, FileSeed seed, NetworkJobContext job, CancellationToken cancellationToken)
    {
        var domains = services.Downloaders.Domains;
        var engine = domains.GetUrlClass(seed.Url);
        switch (engine?.Class.UrlType)
        {
            case null or UrlType.File or UrlType.Unknown:
                return await importer.ImportAsync(seed, seed.Url, seed.Referral, job, cancellationToken).ConfigureAwait(false);
            case UrlType.Post:
                return await WorkOnPostAsync(logId, seed, domains, job, cancellationToken).ConfigureAwait(false);
            default:
                return Done(seed, SeedStatus.Vetoed, $"{seed.Url} is a {engine.Class.UrlType.ToString().ToLowerInvariant()} URL, not a post or file URL");
        }
    }

    private async Task<FileSeed> WorkOnPostAsync(long logId, FileSeed seed, DomainManager domains, NetworkJobContext job, CancellationToken cancellationToken)
    {
        var known = services.Store.Use(store => KnownFileCheck.Predict(store, domains, seed, fileUrl: null));
        if (known is not null)
        {
            return seed with { Status = known.Status, Note = known.Reason, FileHash = known.Hash, Modified = services.Now };
        }

        if (domains.GetUrlClass(seed.Url) is { } postClass && services.Sites.Handles(postClass.Class.Name))
        {
            var http = new NetworkSiteHttp(services.Network, domains, seed.Referral, job);
            var handled = await SitePageReading.FetchAsync(services.Sites, postClass.Class.Name, seed.Url, http, cancellationToken).ConfigureAwait(false);
            return handled.Posts.Count == 0
                ? Done(seed, SeedStatus.Vetoed, handled.Failure!)
                : await FoundAsync(logId, seed, seed.Metadata, handled, domains, job, cancellationToken).ConfigureAwait(false);
        }

        var (urlToFetch, parser) = domains.GetUrlToFetchAndParser(seed.Url);
        var request = PageFetcher.Request(domains, urlToFetch, seed.Referral, seed.Metadata.Headers, job);
        var page = await services.Network.FetchPageAsync(request, cancellationToken).ConfigureAwait(false);
        var postUrl = seed.Url;
        var metadata = seed.Metadata;
        var finalUrl = page.FinalUrl.AbsoluteUri;
        if (finalUrl != page.RequestedUrl.AbsoluteUri && domains.GetUrlClass(finalUrl) is { Class.UrlType: UrlType.Post } redirected && redirected.IsParsable)
        {
            (urlToFetch, parser) = domains.GetUrlToFetchAndParser(finalUrl);
            metadata = metadata with { PrimaryUrls = [.. metadata.PrimaryUrls, domains.NormaliseUrl(finalUrl)] };
            postUrl = finalUrl;
        }

        var parsed = PageFetcher.Parse(services.Parser, page, urlToFetch, parser, [new("post_url", postUrl), new("url", urlToFetch)]);
        if (parsed.Posts.Count == 0)
        {
            return PageFetcher.LooksLikeDocument(page)
                ? Done(seed, SeedStatus.Vetoed, parsed.Failure ?? "The parser found nothing in the document, nor did it seem to be an importable file!")
                : importer.ImportBody(seed with { Metadata = metadata }, page.Body, seed.Url);
        }

        return await FoundAsync(logId, seed, metadata, parsed, domains, job, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a post page gave (parsed, or read by a site handler): one file this seed downloads, or child seeds.</summary>
    private async Task<FileSeed> FoundAsync(long logId, FileSeed seed, SeedMetadata metadata, ParsedPage parsed, DomainManager domains, NetworkJobContext job, CancellationToken cancellationToken)
    {
        var urlToFetch = parsed.UrlToFetch;
        var pairs = PairUrlsWithPosts(parsed.Posts);
        if (pairs.Count == 0)
        {
            return Done(seed, SeedStatus.Vetoed, "Could not find a file or post URL to download!");
        }

        var title = ParsedPostReader.Title(parsed.Posts);
        var exclude = new List<string> { seed.Url, urlToFetch };
        exclude.AddRange(metadata.PrimaryUrls);
        if (seed.Referral is { } referral)
        {
            exclude.Add(referral);
        }

        if (pairs.Count == 1 && domains.GetUrlClass(pairs[0].Url) is null or { Class.UrlType: UrlType.File or UrlType.Unknown })
        {
            var postMetadata = PostMetadataReader.Read(pairs[0].Post, domains, exclude, services.Clock, title);
            var withMetadata = seed with { Metadata = metadata.Merge(postMetadata, services.Now) };
            return await importer.ImportAsync(withMetadata, pairs[0].Url, urlToFetch, job, cancellationToken).ConfigureAwait(false);
        }

        var children = pairs.Select(pair => Child(seed, metadata, pair, domains, exclude, title)).ToList();
        var added = services.FileLogs.Add(logId, children, afterSeedId: seed.Id);
        return Done(seed, SeedStatus.Successful, $"Found {added.Count} new URLs.");
    }

    private FileSeed Child(FileSeed parent, SeedMetadata inherited, (string Url, ParsedPost Post) pair, DomainManager domains, IReadOnlyCollection<string> exclude, string? title)
    {
        var own = PostMetadataReader.Read(pair.Post, domains, exclude, services.Clock, title);
        var sources = parent.Referral is { } referral ? [.. inherited.SourceUrls, referral] : inherited.SourceUrls;
        var carried = inherited with { PrimaryUrls = [.. inherited.PrimaryUrls, parent.Url], SourceUrls = sources };
        return SeedFactory.FileSeed(pair.Url, domains, services.Now, parent.Referral, carried.Merge(own, services.Now));
    }

    /// <summary>Each post's top-priority desired URLs, de-duplicated across posts (an earlier post keeps a shared URL).</summary>
    public static IReadOnlyList<(string Url, ParsedPost Post)> PairUrlsWithPosts(IReadOnlyList<ParsedPost> posts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<(string, ParsedPost)>();
        foreach (var post in posts)
        {
            foreach (var url in PostMetadataReader.DesiredUrls(post))
            {
                if (seen.Add(url))
                {
                    pairs.Add((url, post));
                }
            }
        }

        return pairs;
    }

    private FileSeed Done(FileSeed seed, SeedStatus status, string note) => seed with { Status = status, Note = note, Modified = services.Now };
}
