using HydraEngine.Model.Text;

namespace HydraEngine.Parsing.Tests.Text;

/// <summary>test-vectors.md section T: <c>CleanTags</c> of one input (the expected set shown sorted).</summary>
public sealed class TagCleaningVectorTests
{
    private static readonly Dictionary<string, (string Input, string[] Expected)> Vectors = new()
    {
        ["T01"] = ("  Blue   Eyes ", ["blue eyes"]),
        ["T02"] = ("Character:Samus Aran", ["character:samus aran"]),
        ["T03"] = (":D", ["::d"]),
        ["T04"] = ("-sad", ["sad"]),
        ["T05"] = ("system:inbox", ["inbox"]),
        ["T06"] = ("series:", []),
        ["T07"] = (":", []),
        ["T08"] = ("creator: some_artist ", ["creator:some_artist"]),
        ["T09"] = ("a\tb\nc", ["abc"]),
        ["T10"] = ("blue_eyes\u200c", ["blue_eyes"]),
        ["T11"] = ("\u3164", []),
        ["T12"] = (":weird:stuff", [":weird:stuff"]),
        ["T13"] = ("---a:b", ["a:b"]),
        ["T14"] = ("Ä:ÖÜ", ["ä:öü"]),
        ["T15"] = ("İstanbul", ["i\u0307stanbul"]),
    };

    public static TheoryData<string> Ids => [.. Vectors.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Tag_cleaning_vector_matches_hydrus(string id)
    {
        var (input, expected) = Vectors[id];

        HydrusTags.CleanTags([input]).Order(StringComparer.Ordinal).ShouldBe(expected);
    }

    [Fact]
    public void T16_a_long_tag_is_cut_to_1024_characters()
    {
        HydrusTags.CleanTags([new string('x', 1030)]).Select(tag => tag.Length).ShouldBe([1024]);
    }

    [Theory]
    [InlineData("T17", "creator", new[] { "creator:a:b", "creator:some artist" })]
    [InlineData("T18", "", new[] { ":a:b", "x" })]
    [InlineData("T19", null, new[] { "a:b", "x" })]
    public void Tag_content_parser_namespace_vector_matches_hydrus(string id, string? ns, string[] expected)
    {
        string[] parsed = id == "T17" ? ["A:B", "Some Artist"] : ["A:B", "x"];

        var tags = HydrusTags.CleanTags(parsed.Select(text => ns is null ? text : HydrusTags.CombineTag(ns, text)));

        tags.Order(StringComparer.Ordinal).ShouldBe(expected);
    }
}
