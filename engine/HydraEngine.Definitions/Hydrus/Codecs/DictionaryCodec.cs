using System.Text.Json.Nodes;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>Serialisable Dictionary (21): <c>[[meta_key, meta_value], …]</c> in insertion order.</summary>
internal sealed class DictionaryCodec : HydrusCodec<DefinitionDictionary>
{
    public override int TypeId => HydrusTypes.Dictionary;

    protected override DefinitionDictionary ReadInfo(HydrusNode info, string name)
    {
        var entries = new List<DefinitionDictionaryEntry>();
        foreach (var pair in info.Items("a dictionary's entries"))
        {
            if (!pair.ExpectArray(2, "a dictionary entry [key, value]"))
            {
                continue;
            }

            var key = MetaValue.Read(pair[0], "a dictionary key", out _);
            var value = MetaValue.Read(pair[1], "a dictionary value", out _);
            if (key is not null && value is not null)
            {
                entries.Add(new DefinitionDictionaryEntry(key, value));
            }
        }

        return new DefinitionDictionary(new EquatableArray<DefinitionDictionaryEntry>(entries));
    }

    protected override JsonNode? Write(DefinitionDictionary value, HydrusWriter writer) =>
        new JsonArray(value.Entries.Select(entry => (JsonNode)new JsonArray(MetaValue.Write(entry.Key, writer), MetaValue.Write(entry.Value, writer))).ToArray());
}
