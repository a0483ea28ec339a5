namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>
/// The "X" vectors of spec/test-vectors.md: stored old objects and what hydrus 682 dumped after loading
/// them. Each is upgraded top-down (every nested tuple too) and compared as parsed JSON.
/// </summary>
public sealed class UpgradeVectorTests
{
    [Fact]
    public void X01_string_converter_v1_maps_legacy_encoding_names_and_drops_no_op_decodes() => UpgradeAssert.FullyUpgrades(
        """[55, 1, [[[4, "url percent encoding"], [5, "hex"], [5, "html entities"], [2, "x"]], "example"]]""",
        """[55, 2, [[[4, 0], [5, 2], [2, "x"]], "example"]]""");

    [Fact]
    public void X02_string_splitter_v1_doubles_backslashes() => UpgradeAssert.FullyUpgrades(
        """[83, 1, ["\\n", null]]""",
        """[83, 2, ["\\\\n", null]]""");

    [Fact]
    public void X03_list_v1_wraps_items_as_serialisable_meta_tuples() => UpgradeAssert.FullyUpgrades(
        """[26, 1, [[51, 1, [0, "a", null, null, "a"]]]]""",
        """[26, 3, [[2, [51, 1, [0, "a", null, null, "a"]]]]]""");

    [Fact]
    public void X04_list_v2_turns_flags_into_meta_types() => UpgradeAssert.FullyUpgrades(
        """[26, 2, [[true, [51, 1, [0, "a", null, null, "a"]]], [false, "plain"]]]""",
        """[26, 3, [[2, [51, 1, [0, "a", null, null, "a"]]], [0, "plain"]]]""");

    [Fact]
    public void X05_dictionary_v1_concatenates_the_four_pair_lists() => UpgradeAssert.FullyUpgrades(
        """[21, 1, [[["k", "v"]], [["k2", [51, 1, [3, "", null, null, "x"]]]], [], []]]""",
        """[21, 2, [[[0, "k"], [0, "v"]], [[0, "k2"], [2, [51, 1, [3, "", null, null, "x"]]]]]]""");

    [Fact]
    public void X06_parse_rule_html_v1_adds_tag_string_test() => UpgradeAssert.FullyUpgrades(
        """[62, 1, [0, "a", {"class": "x"}, null, null]]""",
        """[62, 3, [0, "a", {"class": "x"}, null, null, false, [51, 1, [3, "", null, null, "example string"]]]]""");

    [Fact]
    public void X07_html_formula_v6_folds_match_and_converter_into_processor() => UpgradeAssert.FullyUpgrades(
        """[27, 6, [[26, 1, [[62, 1, [0, "div", {"class": "fileText"}, null, null]], [62, 1, [0, "a", {}, 0, null]]]], 0, "href", [51, 1, [3, "", null, null, "example string"]], [55, 1, [[[6, 64]], "parsed information"]]]]""",
        """[27, 8, [[26, 3, [[2, [62, 3, [0, "div", {"class": "fileText"}, null, null, false, [51, 1, [3, "", null, null, "example string"]]]]], [2, [62, 3, [0, "a", {}, 0, null, false, [51, 1, [3, "", null, null, "example string"]]]]]]], 0, "href", "", [84, 1, [26, 3, [[2, [55, 2, [[[6, 64]], "parsed information"]]]]]]]]""");

    [Fact]
    public void X08_html_formula_v4_null_attribute_means_string_content() => UpgradeAssert.FullyUpgrades(
        """[27, 4, [[["a", {}, null]], null, [51, 1, [3, "", null, null, "example string"]], [55, 1, [[], "parsed information"]]]]""",
        """[27, 8, [[26, 3, [[2, [62, 3, [0, "a", {}, null, null, false, [51, 1, [3, "", null, null, "example string"]]]]]]], 1, "", "", [84, 1, [26, 3, []]]]]""");

    [Fact]
    public void X09_json_formula_v1_types_bare_parse_rules() => UpgradeAssert.FullyUpgrades(
        """[31, 1, [["posts", null, 0, "com"], 0, [51, 1, [2, "\\d+", null, null, "1"]], [55, 1, [[], "parsed information"]]]]""",
        """[31, 4, [[[0, [51, 1, [0, "posts", null, null, "posts"]]], [1, null], [2, 0], [0, [51, 1, [0, "com", null, null, "com"]]]], 0, "", [84, 1, [26, 3, [[2, [51, 1, [2, "\\d+", null, null, "1"]]]]]]]]""");

    [Fact]
    public void X10_content_parser_v2_post_url_type_becomes_source() => UpgradeAssert.FullyUpgrades(
        """[30, 2, ["src", 7, [31, 1, [["source"], 0, [51, 1, [3, "", null, null, "x"]], [55, 1, [[], "x"]]]], [0, 50]]]""",
        """[30, 7, ["src", 7, [31, 4, [[[0, [51, 1, [0, "source", null, null, "source"]]]], 0, "", [84, 1, [26, 3, []]]]], [8, 50]]]""");

    [Fact]
    public void X11_content_parser_v3_hash_encoding_is_base64_when_formula_mentions_it() => UpgradeAssert.FullyUpgrades(
        """[30, 3, ["md5", 15, [31, 1, [["md5"], 0, [51, 1, [3, "", null, null, "x"]], [55, 1, [[[5, "base64"]], "x"]]]], "md5"]]""",
        """[30, 7, ["md5", 15, [31, 4, [[[0, [51, 1, [0, "md5", null, null, "md5"]]]], 0, "", [84, 1, [26, 3, []]]]], ["md5", "base64"]]]""");

    [Fact]
    public void X12_content_parser_v5_sort_becomes_string_sorter_and_empty_namespace_null() => UpgradeAssert.FullyUpgrades(
        """[30, 5, ["tags", 0, [31, 4, [[[1, null]], 0, "", [84, 1, [26, 3, []]]]], 2, true, ""]]""",
        """[30, 7, ["tags", 0, [31, 4, [[[1, null]], 0, "", [84, 1, [26, 3, [[2, [99, 1, [2, true, null]]]]]]]], null]]""");

    [Fact]
    public void X13_url_class_v6_gelbooru_gallery_page_reaches_v15() => UpgradeAssert.FullyUpgrades(
        """[50, "gelbooru gallery page", 6, ["66da11a6132746cac70a4dd4c62be56a4c32fb4c9f60cd27c54990d81800456b", 3, "https", "gelbooru.com", true, false, [[[51, 1, [0, "index.php", null, null, "index.php"]], null]], [["s", [[51, 1, [0, "list", null, null, "list"]], null]], ["pid", [[51, 1, [1, 2, null, null, "42"]], "0"]], ["page", [[51, 1, [0, "post", null, null, "post"]], null]]], [55, 1, [[], "https://hostname.com/post/page.php?id=123456&s=view"]], false, false, 1, "pid", 42, "https://gelbooru.com/index.php?page=post&s=list&tags=uniform"]]""",
        """[50, "gelbooru gallery page", 15, ["66da11a6132746cac70a4dd4c62be56a4c32fb4c9f60cd27c54990d81800456b", 3, "https", [139, 1, [["gelbooru.com"], [], true, false]], [true, false, false, true, false, false, false], [[[51, 1, [0, "index.php", null, null, "index.php"]], null]], [26, 3, [[2, [127, 2, ["s", [51, 1, [0, "list", null, null, "list"]], false, null, [84, 1, [26, 3, []]]]]], [2, [127, 2, ["pid", [51, 1, [1, 2, null, null, "42"]], false, "0", [84, 1, [26, 3, []]]]]], [2, [127, 2, ["page", [51, 1, [0, "post", null, null, "post"]], false, null, [84, 1, [26, 3, []]]]]]]], false, [51, 1, [3, "", null, null, "example string"]], [], [55, 2, [[], "https://hostname.com/post/page.php?id=123456&s=view"]], 0, [55, 2, [[], "https://hostname.com/post/page.php?id=123456&s=view"]], 1, "pid", 42, "https://gelbooru.com/index.php?page=post&s=list&tags=uniform"]]""");

    [Fact]
    public void X14_url_class_v12_encodes_fixed_path_and_parameter_values() => UpgradeAssert.FullyUpgrades(
        """[50, "u", 12, ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, "https", "example.com", [false, false, true, false, false, false, true, false], [[[51, 1, [0, "ü", null, null, "ü"]], null]], [["t[id]", [[51, 1, [0, "a b", null, null, "a b"]], "x y"]]], false, [51, 1, [3, "", null, null, "example string"]], [], [55, 1, [[], "x"]], 0, [55, 1, [[], "x"]], null, null, 1, "https://example.com/ü?t[id]=a b"]]""",
        """[50, "u", 15, ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, "https", [139, 1, [["example.com"], [], false, false]], [true, false, false, false, false, true, false], [[[51, 1, [0, "%C3%BC", null, null, "%C3%BC"]], null]], [26, 3, [[2, [127, 2, ["t%5Bid%5D", [51, 1, [0, "a%20b", null, null, "a%20b"]], false, "x%20y", [84, 1, [26, 3, []]]]]]]], false, [51, 1, [3, "", null, null, "example string"]], [], [55, 2, [[], "x"]], 0, [55, 2, [[], "x"]], null, null, 1, "https://example.com/ü?t[id]=a b"]]""");

    [Fact]
    public void X15_url_class_parameter_v1_gets_string_converter_as_processor() => UpgradeAssert.FullyUpgrades(
        """[127, 1, ["tags", [51, 1, [3, "", null, null, "x"]], null]]""",
        """[127, 2, ["tags", [51, 1, [3, "", null, null, "x"]], false, null, [55, 2, [[], "example string"]]]]""");

    [Fact]
    public void X16_string_joiner_v1_doubles_backslashes_and_resets_tuple_size() => UpgradeAssert.FullyUpgrades(
        """[125, 1, ["\\n", 3]]""",
        """[125, 2, ["\\\\n", null]]""");

    [Fact]
    public void X17_page_parser_v2_old_subsidiary_pair_becomes_subsidiary_page_parser() => UpgradeAssert.FullyUpgrades(
        """[58, "p", 2, ["p", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", [55, 1, [[], "example string"]], [[[31, 1, [["posts", null], 1, [51, 1, [3, "", null, null, "x"]], [55, 1, [[], "x"]]]], [58, "sub", 2, ["sub", "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", [55, 1, [[], "example string"]], [], [26, 1, []], [], {"url": "http://example.com/"}]]]], [26, 1, []], ["https://example.com/a"], {"url": "https://example.com/a"}]]""",
        """[58, "p", 3, ["p", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", [55, 2, [[], "example string"]], [26, 3, [[2, [135, 2, [[31, 4, [[[0, [51, 1, [0, "posts", null, null, "posts"]]], [1, null]], 1, "", [84, 1, [26, 3, []]]]], false, [58, "sub", 3, ["sub", "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", [55, 2, [[], "example string"]], [26, 3, []], [26, 3, []], [], {"url": "http://example.com/"}]]]]]]], [26, 3, []], ["https://example.com/a"], {"url": "https://example.com/a"}]]""");

    [Fact]
    public void X18_login_step_v1_cookie_names_become_fixed_string_matches() => UpgradeAssert.FullyUpgrades(
        """[74, "s", 1, ["https", "GET", null, "/", {}, {}, {}, [21, 1, [[], [["PHPSESSID", [51, 1, [3, "", null, null, "x"]]]], [], []]], [26, 1, []]]]""",
        """[74, "s", 2, ["https", "GET", null, "/", {}, {}, {}, [21, 2, [[[2, [51, 1, [0, "PHPSESSID", null, null, "PHPSESSID"]]], [2, [51, 1, [3, "", null, null, "x"]]]]]], [26, 3, []]]]""");
}
