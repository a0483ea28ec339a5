using HydraEngine.Definitions;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Urls;

namespace HydraEngine.LibraryBench;

/// <summary>Every URL class of the corpus's PNGs, and benchmark URLs made from their example URLs.</summary>
internal static class UrlCorpus
{
    public static List<UrlClass> UrlClasses(string objectsFolder) =>
        Directory.EnumerateFiles(objectsFolder, "*.png", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => DefinitionLoader.LoadFile(file))
            .Where(result => result.Succeeded)
            .SelectMany(result => result.Definition is DefinitionList list ? list.Items.AsImmutableArray() : [result.Definition!])
            .OfType<UrlClass>()
            .ToList();

    /// <summary>
    /// <paramref name="count"/> URLs: each example URL and its variants (scheme swapped, www added or removed, an extra
    /// parameter, a trailing slash added or removed, the query reversed), then copies with the digits of their path and query changed (ids and pages), seeded.
    /// </summary>
    public static List<string> Urls(IEnumerable<UrlClass> classes, int count, int seed = 682)
    {
        var variants = classes.Select(urlClass => urlClass.ExampleUrl).Where(url => url.Contains("://", StringComparison.Ordinal))
            .SelectMany(Variants).Distinct(StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var urls = new List<string>(count);
        for (var i = 0; urls.Count < count; i++)
        {
            var url = variants[i % variants.Count];
            urls.Add(i < variants.Count ? url : ChangeDigits(url, random));
        }

        return urls;
    }

    private static IEnumerable<string> Variants(string url)
    {
        yield return url;
        yield return url.StartsWith("https://", StringComparison.Ordinal) ? "http://" + url[8..] : url.Replace("http://", "https://", StringComparison.Ordinal);
        var host = url.IndexOf("://", StringComparison.Ordinal) + 3;
        yield return url[host..].StartsWith("www.", StringComparison.Ordinal) ? url[..host] + url[(host + 4)..] : url[..host] + "www." + url[host..];
        yield return url + (url.Contains('?') ? "&" : "?") + "oracle_extra=1";
        yield return url.EndsWith('/') ? url.TrimEnd('/') : url + "/";
        var question = url.IndexOf('?');
        if (question > 0)
        {
            yield return url[..question] + "?" + string.Join('&', url[(question + 1)..].Split('&').Reverse());
        }
    }

    private static string ChangeDigits(string url, Random random)
    {
        var characters = url.ToCharArray();
        var path = url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);
        for (var i = path < 0 ? characters.Length : path; i < characters.Length; i++)
        {
            if (char.IsAsciiDigit(characters[i]))
            {
                characters[i] = (char)('0' + random.Next(10));
            }
        }

        return new string(characters);
    }
}
