using System.Text.Json.Nodes;
using HydraEngine.Definitions.Hydrus;
using HydraEngine.Definitions.Hydrus.Upgrades;
using HydraEngine.Testing;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>
/// Every corpus PNG hydrus decoded, upgraded by the steps alone and compared with hydrus's dump
/// (../shared/corpus/expected/decoded). Two orderings hydrus applies when it re-serialises, not when it
/// upgrades, are normalised on both sides: a page parser's content parsers (sorted by name) and
/// bandwidth rules (a set).
/// </summary>
public sealed class CorpusUpgradeTests
{
    [CorpusFact]
    public void Every_decoded_corpus_object_upgrades_to_what_hydrus_dumped()
    {
        var corpus = RepositoryPaths.Corpus!;
        var decodedRoot = Path.Combine(corpus, "expected", "decoded");
        var mismatches = new List<string>();
        foreach (var expectedPath in Directory.EnumerateFiles(decodedRoot, "*.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(decodedRoot, expectedPath)[..^".json".Length];
            var png = File.ReadAllBytes(Path.Combine(corpus, "objects", relative));
            var upgraded = RecursiveUpgrader.Upgrade(JsonNode.Parse(IndependentHydrusPngReader.ReadPayloadText(png)), new UpgradeContext());
            var expected = JsonNode.Parse(File.ReadAllText(expectedPath));
            if (!JsonNode.DeepEquals(SerialiseTimeOrder.Apply(upgraded), SerialiseTimeOrder.Apply(expected)))
            {
                mismatches.Add(relative);
            }
        }

        mismatches.ShouldBeEmpty();
    }

    /// <summary>The orderings hydrus imposes when it dumps an object it has loaded.</summary>
    private static class SerialiseTimeOrder
    {
        private const int ContentParsersField = 4;

        public static JsonNode? Apply(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                foreach (var property in obj)
                {
                    Apply(property.Value);
                }
            }

            if (node is not JsonArray array)
            {
                return node;
            }

            foreach (var item in array)
            {
                Apply(item);
            }

            if (IsTuple(array, HydrusTypes.PageParser, 4) && array[3] is JsonArray { Count: 7 } info && info[ContentParsersField] is JsonArray { Count: 3 } list)
            {
                SortItems(list[2]!.AsArray(), meta => meta![1]![2]![0]!.ToJsonString().ToLowerInvariant());
            }

            if (IsTuple(array, HydrusTypes.BandwidthRules, 3))
            {
                SortItems(array[2]!.AsArray(), rule => rule!.ToJsonString());
            }

            return node;
        }

        private static bool IsTuple(JsonArray array, int typeId, int length) =>
            array.Count == length && array[0] is JsonValue value && value.ToJsonString() == typeId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static void SortItems(JsonArray array, Func<JsonNode?, string> key)
        {
            var items = array.ToList();
            array.Clear();
            foreach (var item in items.OrderBy(key, StringComparer.Ordinal))
            {
                array.Add(item);
            }
        }
    }
}
