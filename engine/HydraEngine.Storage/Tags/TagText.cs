using HydraEngine.Model.Text;

namespace HydraEngine.Storage.Tags;

/// <summary>Cleans tags as hydrus does and refuses those that clean to nothing.</summary>
internal static class TagText
{
    /// <summary>The cleaned tag; a clear error when only whitespace, a colon or other removed characters were given.</summary>
    public static string Clean(string raw)
    {
        var clean = HydrusTags.CleanTag(raw);
        if (HydrusTags.SplitTag(clean).Subtag.Length == 0)
        {
            throw new StoreException($"the tag '{raw}' is empty once cleaned; a tag needs some text (after its namespace, if it has one)");
        }

        return clean;
    }

    /// <summary>Cleans every tag (first error wins), dropping duplicates, keeping first-seen order.</summary>
    public static IReadOnlyList<string> CleanAll(IEnumerable<string> raw)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var tag in raw)
        {
            var clean = Clean(tag);
            if (seen.Add(clean))
            {
                result.Add(clean);
            }
        }

        return result;
    }

    public static (string Namespace, string Subtag) Split(string cleanTag) => HydrusTags.SplitTag(cleanTag);

    public static string Combine(string ns, string subtag) => HydrusTags.CombineTag(ns, subtag);

    /// <summary>Human sort: numbers compare as numbers ("page:2" before "page:10").</summary>
    public static List<string> Sorted(IEnumerable<string> tags) => tags.Order(HumanSort.Comparer).ToList();
}
