using System.Text.Json.Nodes;
using HydraEngine.Definitions.Hydrus.Upgrades;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>Keys and child upgrades of <see cref="UpgradeContext"/>.</summary>
public sealed class UpgradeContextTests
{
    [Fact]
    public void New_key_hex_by_default_is64_lowercase_hex_characters() =>
        new UpgradeContext().NewKeyHex().ShouldMatch("^[0-9a-f]{64}$");

    [Fact]
    public void New_key_hex_by_default_differs_each_time()
    {
        var context = new UpgradeContext();
        context.NewKeyHex().ShouldNotBe(context.NewKeyHex());
    }

    [Fact]
    public void New_key_hex_records_keys_in_order()
    {
        var context = TestKeys.Context();
        context.NewKeyHex();
        context.NewKeyHex();
        context.GeneratedKeys.ShouldBe([TestKeys.Key(1), TestKeys.Key(2)]);
    }

    [Fact]
    public void New_key_hex_rejects_a_factory_key_that_is_not_lowercase_hex() =>
        Should.Throw<InvalidOperationException>(() => new UpgradeContext(() => new string('A', 64)).NewKeyHex());

    [Fact]
    public void Upgrade_child_named_tuple_keeps_its_name() =>
        UpgradeAssert.JsonEqual(
            TestKeys.Context().UpgradeChild(JsonNode.Parse("""[74, "step", 1, ["https", "GET", null, "/", {}, {}, {}, [21, 2, []], [26, 3, []]]]""")),
            """[74, "step", 2, ["https", "GET", null, "/", {}, {}, {}, [21, 2, []], [26, 3, []]]]""");

    [Fact]
    public void Upgrade_child_leaves_grandchildren_as_stored() =>
        UpgradeAssert.JsonEqual(
            TestKeys.Context().UpgradeChild(JsonNode.Parse("""[26, 1, [[55, 1, [[], "x"]]]]""")),
            """[26, 3, [[2, [55, 1, [[], "x"]]]]]""");

    [Fact]
    public void Upgrade_child_current_tuple_is_returned_equal() =>
        UpgradeAssert.JsonEqual(
            TestKeys.Context().UpgradeChild(JsonNode.Parse("""[51, 1, [3, "", null, null, "x"]]""")),
            """[51, 1, [3, "", null, null, "x"]]""");
}
