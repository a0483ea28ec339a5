using System.Text.Json.Nodes;
using HydraEngine.Definitions.Native;
using HydraEngine.Testing;

namespace HydraEngine.Definitions.Tests.Corpus;

/// <summary>For every corpus object: PNG and native JSON exports re-import to the identical hydrus tuple.</summary>
public sealed class RoundTripTests
{
    [CorpusFact]
    public void Every_corpus_object_survives_png_export_and_import()
    {
        var failures = new List<string>();
        foreach (var (relative, tuple, definition) in LoadedCorpus())
        {
            var png = HydrusSerialiser.ToPng(definition);
            var reloaded = DefinitionLoader.Load(png, relative);
            if (!reloaded.Succeeded || !SameTuple(HydrusSerialiser.ToTuple(reloaded.Definition!), tuple))
            {
                failures.Add(relative);
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures.Take(10)));
    }

    [CorpusFact]
    public void Every_exported_png_is_read_by_an_independent_implementation_of_the_container()
    {
        var failures = new List<string>();
        foreach (var (relative, tuple, definition) in LoadedCorpus())
        {
            var text = IndependentHydrusPngReader.ReadPayloadText(HydrusSerialiser.ToPng(definition));
            if (!JsonNode.DeepEquals(JsonNode.Parse(text, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 }), tuple))
            {
                failures.Add(relative);
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures.Take(10)));
    }

    [CorpusFact]
    public void Every_corpus_object_survives_native_json_export_and_import()
    {
        var failures = new List<string>();
        foreach (var (relative, tuple, definition) in LoadedCorpus())
        {
            var reloaded = DefinitionLoader.LoadJson(NativeDefinitionWriter.ToJson(definition), relative);
            if (!reloaded.Succeeded)
            {
                failures.Add($"{relative}: {string.Join("; ", reloaded.Diagnostics.Take(2))}");
            }
            else if (!SameTuple(HydrusSerialiser.ToTuple(reloaded.Definition!), tuple) || reloaded.Definition != definition)
            {
                failures.Add($"{relative}: differs after native round trip");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures.Take(10)));
    }

    /// <summary>Equal tuples, reading bandwidth rules (a Python set in hydrus) in any order.</summary>
    private static bool SameTuple(JsonNode ours, JsonNode theirs) =>
        JsonNode.DeepEquals(CanonicalTuple.SortBandwidthRules(ours), CanonicalTuple.SortBandwidthRules(theirs));

    private static IEnumerable<(string Relative, JsonArray Tuple, Model.Common.Definition Definition)> LoadedCorpus()
    {
        foreach (var relative in CorpusFiles.AllPngs())
        {
            var result = DefinitionLoader.LoadFile(Path.Combine(CorpusFiles.Objects, relative));
            if (result.Succeeded)
            {
                yield return (relative, HydrusSerialiser.ToTuple(result.Definition!), result.Definition!);
            }
        }
    }
}
