using HydraEngine.Model.Strings;
using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary>test-vectors.md section M.</summary>
public sealed class MatchVectorTests
{
    private static readonly Dictionary<string, (StringMatch Match, string Input, bool Expected)> Vectors = new()
    {
        ["M01"] = (Fixed("post"), "post", true),
        ["M02"] = (Fixed("post"), "Post", false),
        ["M03"] = (Fixed("post"), " post", false),
        ["M04"] = (Flexible("numeric"), "123456", true),
        ["M05"] = (Flexible("numeric"), "12a", false),
        ["M06"] = (Flexible("numeric"), " 12 ", true),
        ["M07"] = (Flexible("hex"), "DEADbeef", true),
        ["M08"] = (Flexible("base64"), "aGVsbG8=", true),
        ["M09"] = (Flexible("base64_url"), "a-_b==", true),
        ["M10"] = (Flexible("base64_url_encoded"), "ab%2Bcd%3D", true),
        ["M11"] = (Flexible("alpha"), "abcé", false),
        ["M12"] = (Regex("\\d"), "a1c", true),
        ["M13"] = (Regex("^abcd$"), "  ab\ncd\n", true),
        ["M14"] = (Regex("("), "anything", false),
        ["M15"] = (new StringMatch(StringMatchType.Any, "", 3, null, "x"), "ab", false),
        ["M16"] = (new StringMatch(StringMatchType.Any, "", null, 3, "x"), "ab😀", true),
        ["M17"] = (new StringMatch(StringMatchType.Fixed, "post", 5, null, "x"), "post", false),
    };

    public static TheoryData<string> Ids => [.. Vectors.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Match_vector_matches_hydrus(string id)
    {
        var (match, input, expected) = Vectors[id];

        StringMatching.Matches(match, input).ShouldBe(expected);
    }

    private static StringMatch Fixed(string value) => new(StringMatchType.Fixed, value, null, null, "x");

    private static StringMatch Flexible(string word) => new(StringMatchType.Flexible, word, null, null, "x");

    private static StringMatch Regex(string pattern) => new(StringMatchType.Regex, pattern, null, null, "x");
}
