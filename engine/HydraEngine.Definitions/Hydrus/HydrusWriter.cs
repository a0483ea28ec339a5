using System.Text.Json.Nodes;
using HydraEngine.Definitions.Hydrus.Codecs;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions.Hydrus;

/// <summary>Turns model records back into current-version hydrus serialisable tuples.</summary>
internal sealed class HydrusWriter
{
    public static HydrusWriter Instance { get; } = new();

    public JsonArray Write(Definition definition)
    {
        var codec = HydrusCodecRegistry.ForModelType(definition.GetType())
            ?? throw new InvalidOperationException($"{definition.GetType().Name} has no hydrus form (it comes from a plugin or is not a hydrus object).");
        var type = HydrusTypes.Find(codec.TypeId)!;
        var info = codec.WriteInfo(definition, this);
        return type.IsNamed
            ? new JsonArray(type.TypeId, codec.NameOf(definition) ?? "", type.CurrentVersion, info)
            : new JsonArray(type.TypeId, type.CurrentVersion, info);
    }

    /// <summary>A Serialisable List (26) of objects, as hydrus writes it.</summary>
    public JsonArray WriteList<T>(IEnumerable<T> items)
        where T : Definition =>
        Write(new Model.Containers.DefinitionList(new EquatableArray<Definition>(items.Cast<Definition>())));

    /// <summary>A JSON object whose values are kept as plain JSON.</summary>
    public static JsonObject ValueMap(IEnumerable<KeyValuePair<string, PlainValue>> pairs)
    {
        var map = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            map[key] = JsonNode.Parse(value.Json);
        }

        return map;
    }

    public static JsonObject StringMap(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var map = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }

        return map;
    }
}
