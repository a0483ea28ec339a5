using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Pages;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Content;

/// <summary>A page's repeated parsed values are held once, whichever post they came from.</summary>
public sealed class ParsedValuePoolTests
{
    private static readonly StringConverter NoConversion = new(EquatableArray<StringConversion>.Empty, "");

    [Fact]
    public void The_same_tag_in_two_posts_is_one_string_in_the_results()
    {
        var post = new PageParser("post", "01", NoConversion, [], [new ContentParser("tags", new TagsContent(null), JsonOf(JsonContentToFetch.String, Key("tags"), new JsonAllItems()))], [], []);
        var split = new SubsidiaryPageParser(JsonOf(JsonContentToFetch.Json, Key("posts"), new JsonAllItems()), false, post);
        var parser = new PageParser("page", "00", NoConversion, [split], [], [], []);

        var result = new PageParserRunner().Run(parser, "{\"posts\": [{\"tags\": [\"blue eyes\"]}, {\"tags\": [\"blue eyes\"]}]}", new ParsingContext());

        result.Posts.Count.ShouldBe(2);
        ReferenceEquals(result.Posts[0].Contents[0].Value, result.Posts[1].Contents[0].Value).ShouldBeTrue();
    }

    [Fact]
    public void A_parse_leaves_the_context_without_a_pool()
    {
        var context = new ParsingContext();

        new PageParserRunner().Run(new PageParser("page", "00", NoConversion, [], [], [], []), "{}", context);

        context.Values.ShouldBeNull();
    }
}
