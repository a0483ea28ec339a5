using HydraEngine.Model.Common;

namespace HydraEngine.Model.Strings;

public enum StringMatchType
{
    Fixed = 0,
    Flexible = 1,
    Regex = 2,
    Any = 3,
}

/// <summary>
/// hydrus String Match (51). <see cref="Value"/> is the fixed text or regex pattern; for
/// <see cref="StringMatchType.Flexible"/> it is the character class word (see <see cref="FlexibleCharacterClasses"/>).
/// </summary>
public sealed record StringMatch(
    StringMatchType MatchType,
    string Value,
    int? MinChars,
    int? MaxChars,
    string Example) : StringProcessingStep
{
    public static StringMatch Any { get; } = new(StringMatchType.Any, "", null, null, "example string");

    /// <summary>hydrus's "makes changes": a length limit is set or the type is not ANY.</summary>
    public bool MakesChanges => MinChars is not null || MaxChars is not null || MatchType != StringMatchType.Any;
}

/// <summary>The words HydraEngine uses for hydrus's flexible character classes (index = hydrus id).</summary>
public static class FlexibleCharacterClasses
{
    public static IReadOnlyList<string> Words { get; } =
        ["alpha", "alphanumeric", "numeric", "hex", "base64", "base64_url", "base64_url_encoded"];
}
