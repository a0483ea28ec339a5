using HydraEngine.Matching;
using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;

namespace HydraEngine.Library.Lookup;

/// <summary>hydrus's answers for a URL over a library snapshot: class, normalised URL, URL to fetch, referral URL, parser.</summary>
internal sealed class UrlLookupService(LibrarySnapshot snapshot)
{
    public UrlLookup Lookup(string url)
    {
        if (!HydrusUrls.LooksLikeAFullUrl(url))
        {
            return new UrlLookup(url, null, null, null, null, null, null,
                $"'{url}' is not a URL: a URL needs a scheme and a domain, e.g. https://example.com/post/1");
        }

        var engine = snapshot.Index.GetUrlClass(url);
        string normalised;
        try
        {
            normalised = engine is null ? HydrusUrls.EnsureEncoded(url, keepFragment: false) : engine.Normalise(url);
        }
        catch (UrlClassException exception)
        {
            return new UrlLookup(url, engine!.Class.Name, TypeWord(engine.Class.UrlType), null, null, null, null, exception.Message);
        }

        if (engine is null)
        {
            return new UrlLookup(url, null, null, normalised, url, null, null, null);
        }

        string fetchUrl;
        try
        {
            fetchUrl = snapshot.Manager.GetUrlToFetch(url);
        }
        catch (UrlClassException exception)
        {
            return new UrlLookup(url, engine.Class.Name, TypeWord(engine.Class.UrlType), normalised, null, null, null, exception.Message);
        }

        var referral = snapshot.Index.GetUrlClass(fetchUrl)?.GetReferralUrl(fetchUrl, null);
        string? parser = null;
        string? problem = null;
        try
        {
            parser = snapshot.Manager.GetUrlToFetchAndParser(url).Parser.Name;
        }
        catch (UrlClassException exception)
        {
            problem = exception.Message;
        }

        return new UrlLookup(url, engine.Class.Name, TypeWord(engine.Class.UrlType), normalised, fetchUrl, referral, parser, problem);
    }

    public static string? TypeWord(UrlType type) => type switch
    {
        UrlType.Post => "post",
        UrlType.File => "file",
        UrlType.Gallery => "gallery",
        UrlType.Watchable => "watchable",
        _ => null,
    };
}
