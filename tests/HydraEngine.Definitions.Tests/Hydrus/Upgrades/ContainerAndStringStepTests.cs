using HydraEngine.Definitions.Hydrus.Upgrades.Containers;
using HydraEngine.Definitions.Hydrus.Upgrades.Strings;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>List, Dictionary, String Converter/Splitter/Joiner steps beyond the X vectors.</summary>
public sealed class ContainerAndStringStepTests
{
    [Fact]
    public void List_v2_to_v3_uses_python_truthiness_for_the_flag() => UpgradeAssert.StepUpgrades(
        new SerialisableListV2ToV3(),
        """[[1, "a"], [0, "b"], ["", "c"], [null, "d"]]""",
        """[[2, "a"], [0, "b"], [0, "c"], [0, "d"]]""");

    [Fact]
    public void Dictionary_v1_to_v2_orders_groups_simple_first_then_serialisable_keys() => UpgradeAssert.StepUpgrades(
        new SerialisableDictionaryV1ToV2(),
        """[[["a", 1]], [["b", [51, 1, []]]], [[[51, 1, ["k"]], 2]], [[[51, 1, ["k2"]], [51, 1, ["v2"]]]]]""",
        """[[[0, "a"], [0, 1]], [[0, "b"], [2, [51, 1, []]]], [[2, [51, 1, ["k"]]], [0, 2]], [[2, [51, 1, ["k2"]]], [2, [51, 1, ["v2"]]]]]""");

    [Fact]
    public void Converter_v1_to_v2_unknown_legacy_name_drops_it_and_every_later_conversion() => UpgradeAssert.StepUpgrades(
        new StringConverterV1ToV2(),
        """[[[2, "a"], [4, "rot13"], [3, "b"]], "x"]""",
        """[[[2, "a"]], "x"]""");

    [Fact]
    public void Converter_v1_to_v2_decode_base64_is_dropped_but_encode_base64_kept() => UpgradeAssert.StepUpgrades(
        new StringConverterV1ToV2(),
        """[[[5, "base64"], [4, "base64"], [4, "hex"], [5, "unicode escape characters"]], "x"]""",
        """[[[4, 4], [4, 3], [5, 1]], "x"]""");

    [Fact]
    public void Splitter_v1_to_v2_keeps_max_splits() => UpgradeAssert.StepUpgrades(
        new StringSplitterV1ToV2(),
        """["\\", 2]""",
        """["\\\\", 2]""");
}
