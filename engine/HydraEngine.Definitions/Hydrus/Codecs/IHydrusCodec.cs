using System.Text.Json.Nodes;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>
/// Reads and writes the current-version <c>info</c> of one hydrus type. Found through
/// <see cref="HydrusCodecRegistry"/> by type id (reading) or model type (writing).
/// </summary>
internal interface IHydrusCodec
{
    int TypeId { get; }

    Type ModelType { get; }

    /// <summary>Builds the model record from a current-version info. <paramref name="name"/> is set for named types.</summary>
    Definition Read(HydrusNode info, string? name);

    JsonNode? WriteInfo(Definition definition, HydrusWriter writer);

    /// <summary>The envelope name of a named type; null for unnamed types.</summary>
    string? NameOf(Definition definition);
}

/// <summary>Typed base for codecs.</summary>
internal abstract class HydrusCodec<T> : IHydrusCodec
    where T : Definition
{
    public abstract int TypeId { get; }

    public Type ModelType => typeof(T);

    public Definition Read(HydrusNode info, string? name) => ReadInfo(info, name ?? "");

    public JsonNode? WriteInfo(Definition definition, HydrusWriter writer) => Write((T)definition, writer);

    public string? NameOf(Definition definition) => definition is INamedDefinition named ? named.Name : null;

    protected abstract T ReadInfo(HydrusNode info, string name);

    protected abstract JsonNode? Write(T value, HydrusWriter writer);
}
