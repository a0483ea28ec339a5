using HydraEngine.Definitions.Hydrus.Upgrades.Containers;
using HydraEngine.Definitions.Hydrus.Upgrades.Strings;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>List, Dictionary, String Converter/Splitter/Joiner steps beyond the X vectors.</summary>
public sealed class ContainerAndStringStepTests
{
    [Fact]
    public void ListV2ToV3_UsesPythonTruthinessForTheFlag() => UpgradeAssert.StepUpgrades(
        new SerialisableListV2ToV3(),
        """[[1, "a"], [0, "b"], ["", "c"], [null, "d"]]""",
        """[[2, "a"], [0, "b"], [0, "c"], [0, "d"]]""");

    [Fact]
    public void DictionaryV1ToV2_OrdersGroupsSimpleFirstThenSerialisableKeys() => UpgradeAssert.StepUpgrades(
        new SerialisableDictionaryV1ToV2(),
        """[[["a", 1]], [["b", [51, 1, []]]], [[[51, 1, ["k"]], 2]], [[[51, 1, ["k2"]], [51, 1, ["v2"]]]]]""",
        """[[[0, "a"], [0, 1]], [[0, "b"], [2, [51, 1, []]]], [[2, [51, 1, ["k"]]], [0, 2]], [[2, [51, 1, ["k2"]]], [2, [51, 1, ["v2"]]]]]""");

    [Fact]
    public void ConverterV1ToV2_UnknownLegacyNameDropsItAndEveryLaterConversion() => UpgradeAssert.StepUpgrades(
        new StringConverterV1ToV2(),
        """[[[2, "a"], [4, "rot13"], [3, "b"]], "x"]""",
        """[[[2, "a"]], "x"]""");

    [Fact]
    public void ConverterV1ToV2_DecodeBase64IsDroppedButEncodeBase64Kept() => UpgradeAssert.StepUpgrades(
        new StringConverterV1ToV2(),
        """[[[5, "base64"], [4, "base64"], [4, "hex"], [5, "unicode escape characters"]], "x"]""",
        """[[[4, 4], [4, 3], [5, 1]], "x"]""");

    [Fact]
    public void SplitterV1ToV2_KeepsMaxSplits() => UpgradeAssert.StepUpgrades(
        new StringSplitterV1ToV2(),
        """["\\", 2]""",
        """["\\\\", 2]""");
}
