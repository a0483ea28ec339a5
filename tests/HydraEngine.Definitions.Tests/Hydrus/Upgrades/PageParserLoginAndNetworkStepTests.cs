using HydraEngine.Definitions.Hydrus.Upgrades.Login;
using HydraEngine.Definitions.Hydrus.Upgrades.Networking;
using HydraEngine.Definitions.Hydrus.Upgrades.PageParser;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>Page parser, subsidiary page parser, login and network context steps.</summary>
public sealed class PageParserLoginAndNetworkStepTests
{
    private const string Converter = """[55, 2, [[], "example string"]]""";

    [Fact]
    public void Page_parser_v1_to_v2_appends_default_example_parsing_context() => UpgradeAssert.StepUpgrades(
        new PageParserV1ToV2(),
        $$"""["p", "bb", {{Converter}}, [], [26, 3, []], ["https://e.com/a"]]""",
        $$"""["p", "bb", {{Converter}}, [], [26, 3, []], ["https://e.com/a"], {"url": "https://example.com/posts/index.php?id=123456"}]""");

    [Fact]
    public void Page_parser_v2_to_v3_empty_subsidiary_array_becomes_empty_list() => UpgradeAssert.StepUpgrades(
        new PageParserV2ToV3(),
        $$"""["p", "bb", {{Converter}}, [], [26, 3, []], [], {}]""",
        $$"""["p", "bb", {{Converter}}, [26, 3, []], [26, 3, []], [], {}]""");

    [Fact]
    public void Subsidiary_page_parser_v1_to_v2_inserts_no_sort_by_source_time() => UpgradeAssert.StepUpgrades(
        new SubsidiaryPageParserV1ToV2(),
        """[[31, 4, "formula"], [58, "sub", 3, "parser"]]""",
        """[[31, 4, "formula"], false, [58, "sub", 3, "parser"]]""");

    [Fact]
    public void Login_script_v1_to_v2_keys_required_cookies_by_fixed_name_match() => UpgradeAssert.StepUpgrades(
        new LoginScriptV1ToV2(),
        """["aa", [21, 2, [[[0, "session"], [2, [51, 1, [3, "", null, null, "x"]]]]]], [26, 3, []], [26, 3, []], [["e.com", 0, "all"]]]""",
        """["aa", [21, 2, [[[2, [51, 1, [0, "session", null, null, "session"]]], [2, [51, 1, [3, "", null, null, "x"]]]]]], [26, 3, []], [26, 3, []], [["e.com", 0, "all"]]]""");

    [Fact]
    public void Login_step_v1_to_v2_keeps_cookie_order() => UpgradeAssert.StepUpgrades(
        new LoginStepV1ToV2(),
        """["https", "POST", null, "/login", {}, {}, {}, [21, 1, [[], [["b", [51, 1, [3, "", null, null, "1"]]], ["a", [51, 1, [3, "", null, null, "2"]]]], [], []]], [26, 3, []]]""",
        """["https", "POST", null, "/login", {}, {}, {}, [21, 2, [[[2, [51, 1, [0, "b", null, null, "b"]]], [2, [51, 1, [3, "", null, null, "1"]]]], [[2, [51, 1, [0, "a", null, null, "a"]]], [2, [51, 1, [3, "", null, null, "2"]]]]]], [26, 3, []]]""");

    [Fact]
    public void Network_context_v1_to_v2_decodes_hex_domain() => UpgradeAssert.StepUpgrades(
        new NetworkContextV1ToV2(),
        """[2, "6578616d706c652e636f6d"]""",
        """[2, "example.com"]""");

    [Fact]
    public void Network_context_v1_to_v2_decodes_utf8_subscription_name() => UpgradeAssert.StepUpgrades(
        new NetworkContextV1ToV2(),
        """[5, "636166c3a9"]""",
        """[5, "café"]""");

    [Fact]
    public void Network_context_v1_to_v2_leaves_key_based_contexts_hex() => UpgradeAssert.StepUpgrades(
        new NetworkContextV1ToV2(),
        """[1, "abcd"]""",
        """[1, "abcd"]""");

    [Fact]
    public void Network_context_v1_to_v2_leaves_default_context_null() => UpgradeAssert.StepUpgrades(
        new NetworkContextV1ToV2(),
        """[2, null]""",
        """[2, null]""");
}
