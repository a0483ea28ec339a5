using HydraEngine.Model.Common;

namespace HydraEngine.Model.Containers;

/// <summary>hydrus's Serialisable List (26): an ordered list of definitions, the container of multi-object PNGs.</summary>
public sealed record DefinitionList(EquatableArray<Definition> Items) : Definition
{
    public static DefinitionList Empty { get; } = new(EquatableArray<Definition>.Empty);
}

/// <summary>hydrus's Serialisable Dictionary (21): ordered key/value pairs of definitions or plain values.</summary>
public sealed record DefinitionDictionary(EquatableArray<DefinitionDictionaryEntry> Entries) : Definition;

public sealed record DefinitionDictionaryEntry(Definition Key, Definition Value);
