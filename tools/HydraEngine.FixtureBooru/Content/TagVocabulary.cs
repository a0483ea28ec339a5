namespace HydraEngine.FixtureBooru.Content;

/// <summary>The small tag vocabulary posts draw from, so tag searches select subsets.</summary>
public static class TagVocabulary
{
    public static IReadOnlyList<string> Creators { get; } = ["mira", "koto", "bram", "sol"];

    public static IReadOnlyList<string> Characters { get; } = ["lina", "oren", "pim", "tavi", "quill"];

    public static IReadOnlyList<string> Series { get; } = ["star_harbor", "glass_garden", "iron_meadow"];

    public static IReadOnlyList<string> General { get; } =
        ["blue_eyes", "smile", "red_hair", "night", "rain", "cat", "sword", "flowers", "hat", "beach", "snow", "book"];

    /// <summary>Splits a hydrus-style tag at its first colon: <c>creator:mira</c> → ("creator", "mira").</summary>
    public static (string Namespace, string Subtag) Split(string tag)
    {
        var colon = tag.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ("", tag) : (tag[..colon], tag[(colon + 1)..]);
    }
}
