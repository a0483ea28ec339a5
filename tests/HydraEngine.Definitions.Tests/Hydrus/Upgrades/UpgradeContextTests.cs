using System.Text.Json.Nodes;
using HydraEngine.Definitions.Hydrus.Upgrades;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>Keys and child upgrades of <see cref="UpgradeContext"/>.</summary>
public sealed class UpgradeContextTests
{
    [Fact]
    public void NewKeyHex_ByDefaultIs64LowercaseHexCharacters() =>
        new UpgradeContext().NewKeyHex().ShouldMatch("^[0-9a-f]{64}$");

    [Fact]
    public void NewKeyHex_ByDefaultDiffersEachTime()
    {
        var context = new UpgradeContext();
        context.NewKeyHex().ShouldNotBe(context.NewKeyHex());
    }

    [Fact]
    public void NewKeyHex_RecordsKeysInOrder()
    {
        var context = TestKeys.Context();
        context.NewKeyHex();
        context.NewKeyHex();
        context.GeneratedKeys.ShouldBe([TestKeys.Key(1), TestKeys.Key(2)]);
    }

    [Fact]
    public void NewKeyHex_RejectsAFactoryKeyThatIsNotLowercaseHex() =>
        Should.Throw<InvalidOperationException>(() => new UpgradeContext(() => new string('A', 64)).NewKeyHex());

    [Fact]
    public void UpgradeChild_NamedTupleKeepsItsName() =>
        UpgradeAssert.JsonEqual(
            TestKeys.Context().UpgradeChild(JsonNode.Parse("""[74, "step", 1, ["https", "GET", null, "/", {}, {}, {}, [21, 2, []], [26, 3, []]]]""")),
            """[74, "step", 2, ["https", "GET", null, "/", {}, {}, {}, [21, 2, []], [26, 3, []]]]""");

    [Fact]
    public void UpgradeChild_LeavesGrandchildrenAsStored() =>
        UpgradeAssert.JsonEqual(
            TestKeys.Context().UpgradeChild(JsonNode.Parse("""[26, 1, [[55, 1, [[], "x"]]]]""")),
            """[26, 3, [[2, [55, 1, [[], "x"]]]]]""");

    [Fact]
    public void UpgradeChild_CurrentTupleIsReturnedEqual() =>
        UpgradeAssert.JsonEqual(
            TestKeys.Context().UpgradeChild(JsonNode.Parse("""[51, 1, [3, "", null, null, "x"]]""")),
            """[51, 1, [3, "", null, null, "x"]]""");
}
