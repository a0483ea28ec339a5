using HydraEngine.Downloading.Work;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Parsing;
using HydraEngine.Network;
using HydraEngine.Parsing.Content;

namespace HydraEngine.Downloading.Sites;

/// <summary>
/// Asks the site page source for a URL and turns its answer into parsed posts, the same contents a page parser yields:
/// each file or post URL a post of its own (a desired URL with the page's tags), next pages and the title beside them.
/// The seed workers then go on as after a declarative parse.
/// </summary>
internal static class SitePageReading
{
    private const string HandlerName = "site handler";

    public static async Task<ParsedPage> FetchAsync(ISitePageSource sites, string urlClass, string url, ISiteHttp http, CancellationToken cancellationToken)
    {
        var page = await sites.FetchAsync(urlClass, url, http, cancellationToken).ConfigureAwait(false);
        var uri = PageFetcher.ToUri(url);
        var fetched = new FetchedPage(uri, uri, 200, null, null, []);
        var posts = Posts(page);
        return new ParsedPage(fetched, url, null, posts, posts.Count == 0 ? $"the site handler for \"{urlClass}\" found nothing at {url}" : null);
    }

    private static List<ParsedPost> Posts(SitePage page)
    {
        var tags = page.Tags.Select(tag => new ParsedContent(HandlerName, new TagsContent(null), tag)).ToList();
        var shared = new List<ParsedContent>(tags);
        if (page.Title is { } title)
        {
            shared.Add(new ParsedContent(HandlerName, new TitleContent(0), title));
        }

        shared.AddRange(page.NextPageUrls.Select(next => new ParsedContent(HandlerName, new UrlsContent(UrlContentType.NextGalleryPage, 0), next)));
        var posts = page.FileUrls.Concat(page.PostUrls)
            .Select(url => new ParsedPost([new ParsedContent(HandlerName, new UrlsContent(UrlContentType.Desired, 0), url), .. shared]))
            .ToList();
        if (posts.Count == 0 && shared.Count > 0)
        {
            posts.Add(new ParsedPost(shared));
        }

        return posts;
    }
}
