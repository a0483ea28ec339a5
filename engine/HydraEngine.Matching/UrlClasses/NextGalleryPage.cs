using System.Globalization;
using System.Numerics;
using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;

namespace HydraEngine.Matching.UrlClasses;

/// <summary>hydrus's <c>GetNextGalleryPage</c>: the index path component or parameter plus the delta.</summary>
internal static class NextGalleryPage
{
    public static string Generate(UrlClassEngine engine, string url)
    {
        var urlClass = engine.Class;
        var parts = HydrusUrls.Parse(engine.Normalise(url, forServer: true));
        var path = parts.Path;
        var query = parts.Query;
        switch (urlClass.GalleryIndexType, urlClass.GalleryIndexIdentifier)
        {
            case (GalleryIndexType.PathComponent, GalleryIndexPath index):
                var components = HydrusUrls.PathComponents(path);
                var position = index.Index < 0 ? components.Length + index.Index : index.Index;
                if (position < 0 || position >= components.Length)
                {
                    throw new UrlClassException("Could not generate next gallery page--not enough path components!");
                }

                components[position] = Add(components[position], urlClass.GalleryIndexDelta);
                path = "/" + string.Join('/', components);
                break;
            case (GalleryIndexType.Parameter, GalleryIndexParameter parameter):
                var parsed = HydrusQuery.Parse(query);
                if (!parsed.Values.TryGetValue(parameter.Name, out var value))
                {
                    throw new UrlClassException($"Could not generate next gallery page--did not find {parameter.Name} in parameters!");
                }

                var values = new Dictionary<string, string>(parsed.Values, StringComparer.Ordinal) { [parameter.Name] = Add(value, urlClass.GalleryIndexDelta) };
                query = new HydrusQuery(values, urlClass.HasSingleValueParameters ? parsed.SingleValueParameters : [], parsed.Order).ToText(urlClass.Options.AlphabetiseGetParameters);
                break;
            default:
                throw new UrlClassException("Did not understand the next gallery page rules!");
        }

        return PythonUrl.Unparse(parts with { Path = path, Params = "", Query = query });
    }

    private static string Add(string text, long delta)
    {
        var trimmed = PythonText.Strip(text).Replace("_", "", StringComparison.Ordinal);
        if (!BigInteger.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || trimmed.Length == 0)
        {
            throw new UrlClassException("Could not generate next gallery page--index component was not an integer!");
        }

        return (number + delta).ToString(CultureInfo.InvariantCulture);
    }
}
