using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;
using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary>String Tag Filter decisions (exact tags before subtags before namespaces) and its clean-and-sort output.</summary>
public sealed class TagFilterTests
{
    [Fact]
    public void Whitelisted_exact_tag_survives_a_blacklisted_namespace()
    {
        Filter([("creator:", TagFilterRule.Blacklist), ("creator:bob", TagFilterRule.Whitelist)], "creator:bob", "creator:al").ShouldBe(["creator:bob"]);
    }

    [Fact]
    public void Exact_unnamespaced_rules_apply_to_subtags()
    {
        Filter([("bob", TagFilterRule.Blacklist)], "creator:bob", "bob", "alice").ShouldBe(["alice"]);
    }

    [Fact]
    public void Unnamespaced_slice_blacklists_only_unnamespaced_tags()
    {
        Filter([("", TagFilterRule.Blacklist)], "a", "ns:b").ShouldBe(["ns:b"]);
    }

    [Fact]
    public void Namespaced_slice_with_a_whitelisted_namespace()
    {
        Filter([(":", TagFilterRule.Blacklist), ("series:", TagFilterRule.Whitelist)], "series:x", "creator:y", "z").ShouldBe(["series:x", "z"]);
    }

    [Fact]
    public void Blacklisted_namespace_beats_whitelisted_namespaced_slice()
    {
        Filter([(":", TagFilterRule.Whitelist), ("creator:", TagFilterRule.Blacklist)], "creator:y", "series:x").ShouldBe(["series:x"]);
    }

    [Fact]
    public void A_later_rule_for_the_same_slice_replaces_the_earlier()
    {
        Filter([("a", TagFilterRule.Blacklist), ("a", TagFilterRule.Whitelist), ("", TagFilterRule.Blacklist)], "a", "b").ShouldBe(["a"]);
    }

    [Fact]
    public void A_slice_with_two_colons_is_an_exact_tag()
    {
        Filter([("a:b:", TagFilterRule.Blacklist)], "a:b:", "a:c").ShouldBe(["a:c"]);
    }

    [Fact]
    public void Output_is_cleaned_deduplicated_and_human_sorted()
    {
        Filter([], "Page 10", "page 10", "page 9", "  ", "system:inbox").ShouldBe(["inbox", "page 9", "page 10"]);
    }

    private static IReadOnlyList<string> Filter((string Slice, TagFilterRule Rule)[] rules, params string[] tags)
    {
        var entries = rules.Select(rule => new TagFilterEntry(rule.Slice, rule.Rule)).ToArray();
        var step = new StringTagFilter(new TagFilter(entries), "x");
        return StringServices.Default.Process(new StringProcessor(new Definition[] { step }), tags);
    }
}
