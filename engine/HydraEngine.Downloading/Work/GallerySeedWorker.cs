using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Sites;
using HydraEngine.Matching;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Network;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Downloading.Work;

/// <summary>
/// hydrus's <c>GallerySeed.WorkOnURL</c> (semantics.md §5): fetch and parse a gallery or thread page, hand its file
/// seeds to the importer, queue sub-galleries, and queue the next page only when the page gave new files.
/// </summary>
internal sealed class GallerySeedWorker(DownloadServices services)
{
    /// <summary>Works one pending gallery seed of log <paramref name="logId"/>; <paramref name="seen"/> is this run's set of seen gallery URLs.</summary>
    public async Task<GalleryPageOutcome> WorkAsync(long logId, GallerySeed seed, ISet<string> seen, IFileSeedReceiver receiver, NetworkJobContext job, CancellationToken cancellationToken)
    {
        GalleryPageOutcome outcome;
        try
        {
            outcome = await WorkOnUrlAsync(logId, seed, seen, receiver, job, cancellationToken).ConfigureAwait(false);
        }
        catch (UrlClassException exception)
        {
            outcome = new GalleryPageOutcome(Done(seed, SeedStatus.Vetoed, exception.Message), 0, null, false, false, null);
        }
        catch (NetworkException exception) when (exception.Failure == NetworkFailure.BandwidthExhausted)
        {
            // Not a failure: the page stays pending and its job is put aside until the bandwidth returns.
            services.Deferrals.Defer(exception.Url?.AbsoluteUri ?? seed.Url, job);
            return new GalleryPageOutcome(seed, 0, null, false, false, null);
        }
        catch (NetworkException exception) when (exception.IsGone)
        {
            outcome = new GalleryPageOutcome(Done(seed, SeedStatus.Vetoed, $"404: {exception.Message}"), 0, null, true, false, null);
        }
        catch (NetworkException exception) when (exception.Failure == NetworkFailure.UnavailableForLegalReasons)
        {
            outcome = new GalleryPageOutcome(Done(seed, SeedStatus.Vetoed, exception.Message), 0, null, false, false, null);
        }
        catch (Exception exception) when (exception is NetworkException or SitePageException)
        {
            outcome = new GalleryPageOutcome(Done(seed, SeedStatus.Error, exception.Message), 0, null, false, true, null);
        }

        services.GalleryLogs.Update(outcome.Seed);
        services.Events.GallerySeedFinished(job.Key, outcome.Seed, outcome.Added);
        return outcome;
    }

    private async Task<GalleryPageOutcome> WorkOnUrlAsync(long logId, GallerySeed seed, ISet<string> seen, IFileSeedReceiver receiver, NetworkJobContext job, CancellationToken cancellationToken)
    {
        var domains = services.Downloaders.Domains;
        var engine = domains.GetUrlClass(seed.Url);
        if (engine is null || engine.Class.UrlType is not (UrlType.Gallery or UrlType.Watchable))
        {
            return Vetoed(seed, $"{seed.Url} is not a gallery or watchable URL this library knows");
        }

        if (services.Sites.Handles(engine.Class.Name))
        {
            seen.Add(seed.Url);
            var http = new NetworkSiteHttp(services.Network, domains, seed.Referral, job);
            var handled = await SitePageReading.FetchAsync(services.Sites, engine.Class.Name, seed.Url, http, cancellationToken).ConfigureAwait(false);
            return Found(logId, seed, seen, receiver, handled, seed.Url, engine, domains);
        }

        var (urlToFetch, parser) = domains.GetUrlToFetchAndParser(seed.Url);
        seen.Add(seed.Url);
        seen.Add(urlToFetch);
        var page = await services.Network.FetchPageAsync(PageFetcher.Request(domains, urlToFetch, seed.Referral, new Dictionary<string, string>(), job), cancellationToken).ConfigureAwait(false);
        var fetched = page.FinalUrl.AbsoluteUri;
        if (fetched != page.RequestedUrl.AbsoluteUri)
        {
            var redirected = domains.GetUrlClass(fetched);
            if (redirected?.Class.UrlType is UrlType.Gallery or UrlType.Watchable)
            {
                (urlToFetch, parser) = domains.GetUrlToFetchAndParser(fetched);
            }
            else
            {
                var single = SeedFactory.FileSeed(fetched, domains, services.Now, urlToFetch);
                var taken = receiver.Receive(seed, [single]);
                return new GalleryPageOutcome(Done(seed, SeedStatus.Successful, $"redirected to a file/post URL: {fetched}"), taken.Added, null, false, false, taken.StopReason);
            }
        }

        var parsed = PageFetcher.Parse(services.Parser, page, urlToFetch, parser, [new("gallery_url", seed.Url), new("url", urlToFetch), new("post_index", "0")]);
        return Found(logId, seed, seen, receiver, parsed, fetched, engine, domains);
    }

    /// <summary>What a gallery page gave (parsed, or read by a site handler): file seeds, sub-galleries and the next page.</summary>
    private GalleryPageOutcome Found(long logId, GallerySeed seed, ISet<string> seen, IFileSeedReceiver receiver, ParsedPage parsed, string fetched, Matching.UrlClasses.UrlClassEngine engine, DomainManager domains)
    {
        var urlToFetch = parsed.UrlToFetch;
        if (parsed.Posts.Count == 0)
        {
            return Vetoed(seed, parsed.Failure ?? "The parser found nothing in the document!");
        }

        var title = ParsedPostReader.Title(parsed.Posts);
        var fileSeeds = FileSeeds(seed, parsed, domains, fetched, title);
        var reception = receiver.Receive(seed, fileSeeds);
        QueueSubGalleries(logId, seed, parsed, domains, seen);
        var more = reception.Added > 0 && reception.CanSearchForMore && seed.CanGenerateMorePages;
        var nextPages = more ? QueueNextPages(logId, seed, parsed, urlToFetch, engine, domains, seen) : 0;
        var note = $"{reception.Added} new urls found" + (reception.AlreadyPresent > 0 ? $" ({reception.AlreadyPresent} already in queue)" : "")
            + (reception.StopReason is { } reason ? $" - {reason}" : nextPages > 0 ? "" : more ? " - no next page" : "");
        return new GalleryPageOutcome(Done(seed, SeedStatus.Successful, note), reception.Added, title, false, false, reception.StopReason);
    }

    private List<FileSeed> FileSeeds(GallerySeed seed, ParsedPage parsed, DomainManager domains, string fetched, string? title)
    {
        var seeds = new List<FileSeed>();
        foreach (var (url, post) in FileSeedWorker.PairUrlsWithPosts(parsed.Posts))
        {
            var exclude = new[] { url, fetched, seed.Url };
            var metadata = PostMetadataReader.Read(post, domains, exclude, services.Clock, title: null);
            metadata = metadata with
            {
                PrimaryUrls = [seed.Url],
                Tags = [.. metadata.Tags.Concat(seed.ExternalTags).Distinct(StringComparer.Ordinal)],
            };
            seeds.Add(SeedFactory.FileSeed(url, domains, services.Now, fetched, metadata));
        }

        return seeds;
    }

    private void QueueSubGalleries(long logId, GallerySeed seed, ParsedPage parsed, DomainManager domains, ISet<string> seen)
    {
        var subGalleries = new List<GallerySeed>();
        var fresh = false;
        foreach (var post in parsed.Posts)
        {
            foreach (var url in PostMetadataReader.TopUrls(post, UrlContentType.SubGallery))
            {
                var tags = ParsedPostReader.Tags(post.Contents).Concat(seed.ExternalTags).Distinct(StringComparer.Ordinal).ToList();
                var sub = SeedFactory.GallerySeed(url, domains, services.Now, seed.CanGenerateMorePages, parsed.Page.FinalUrl.AbsoluteUri, tags);
                if (subGalleries.All(existing => existing.Url != sub.Url))
                {
                    fresh |= !seen.Contains(sub.Url);
                    subGalleries.Add(sub);
                }
            }
        }

        if (fresh)
        {
            subGalleries.ForEach(sub => seen.Add(sub.Url));
            services.GalleryLogs.Add(logId, subGalleries, afterSeedId: seed.Id);
        }
    }

    private int QueueNextPages(long logId, GallerySeed seed, ParsedPage parsed, string urlToFetch, Matching.UrlClasses.UrlClassEngine engine, DomainManager domains, ISet<string> seen)
    {
        var next = parsed.Posts
            .SelectMany(post => PostMetadataReader.TopUrls(post, UrlContentType.NextGalleryPage))
            .Select(url => domains.NormaliseUrl(url, forServer: true))
            .Distinct(StringComparer.Ordinal)
            .Where(url => !seen.Contains(url))
            .ToList();
        if (next.Count == 0 && engine.CanGenerateNextGalleryPage)
        {
            var generated = domains.NormaliseUrl(engine.GetNextGalleryPage(urlToFetch), forServer: true);
            if (!seen.Contains(generated))
            {
                next.Add(generated);
            }
        }

        next.ForEach(url => seen.Add(url));
        var seeds = next.Select(url => SeedFactory.GallerySeed(url, domains, services.Now, canGenerateMorePages: true, referral: seed.Url, seed.ExternalTags)).ToList();
        return services.GalleryLogs.Add(logId, seeds, afterSeedId: seed.Id).Count;
    }

    private GalleryPageOutcome Vetoed(GallerySeed seed, string note) => new(Done(seed, SeedStatus.Vetoed, note), 0, null, false, false, null);

    private GallerySeed Done(GallerySeed seed, SeedStatus status, string note) => seed with { Status = status, Note = note, Modified = services.Now };
}
