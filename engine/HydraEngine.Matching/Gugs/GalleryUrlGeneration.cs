using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;

namespace HydraEngine.Matching.Gugs;

/// <summary>hydrus's GUG exception: the generator cannot make a URL.</summary>
public sealed class GalleryUrlGeneratorException(string message) : Exception(message);

/// <summary>Search text to gallery URLs (objects.md §17, §18).</summary>
public static class GalleryUrlGeneration
{
    /// <summary>One GUG's URL for a search: terms split on single spaces, encoded, joined, substituted, encoded.</summary>
    public static string Generate(GalleryUrlGenerator gug, string searchText)
    {
        if (gug.ReplacementPhrase.Length == 0)
        {
            throw new GalleryUrlGeneratorException($"\"{gug.Name}\" has no replacement phrase!");
        }

        if (!gug.UrlTemplate.Contains(gug.ReplacementPhrase, StringComparison.Ordinal))
        {
            throw new GalleryUrlGeneratorException($"\"{gug.Name}\": the replacement phrase {gug.ReplacementPhrase} is not in the URL template!");
        }

        var question = gug.UrlTemplate.IndexOf('?');
        var intoParameters = question >= 0 && gug.UrlTemplate.IndexOf(gug.ReplacementPhrase, question + 1, StringComparison.Ordinal) >= 0;
        var terms = searchText.Split(' ').Select(term => intoParameters ? PercentEncoding.EnsureEncoded(term, "") : PercentEncoding.EnsurePathComponentEncoded(term));
        var url = gug.UrlTemplate.Replace(gug.ReplacementPhrase, string.Join(gug.SearchTermsSeparator, terms), StringComparison.Ordinal);
        return HydrusUrls.EnsureEncoded(url);
    }

    /// <summary>
    /// A nested GUG's URLs: one per referenced GUG found (by key, else by name), in order; missing ones are
    /// skipped as hydrus skips them. A nested reference is expanded too; a cycle is an error.
    /// </summary>
    public static IReadOnlyList<string> Generate(NestedGalleryUrlGenerator nested, string searchText, Func<GalleryUrlGeneratorReference, Model.Common.Definition?> find)
    {
        var urls = new List<string>();
        Expand(nested, searchText, find, [nested.Name], urls);
        return urls;
    }

    private static void Expand(NestedGalleryUrlGenerator nested, string searchText, Func<GalleryUrlGeneratorReference, Model.Common.Definition?> find, HashSet<string> path, List<string> urls)
    {
        foreach (var reference in nested.Generators)
        {
            switch (find(reference))
            {
                case GalleryUrlGenerator gug:
                    urls.Add(Generate(gug, searchText));
                    break;
                case NestedGalleryUrlGenerator inner when !path.Add(inner.Name):
                    throw new GalleryUrlGeneratorException($"nested GUGs refer to each other in a circle: {string.Join(" → ", path)} → {inner.Name}");
                case NestedGalleryUrlGenerator inner:
                    Expand(inner, searchText, find, path, urls);
                    path.Remove(inner.Name);
                    break;
            }
        }
    }
}
