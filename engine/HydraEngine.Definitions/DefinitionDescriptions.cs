using HydraEngine.Definitions.Hydrus;
using HydraEngine.Definitions.Hydrus.Codecs;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;

namespace HydraEngine.Definitions;

/// <summary>Human words for definitions: hydrus's type names, list summaries, titles.</summary>
public static class DefinitionDescriptions
{
    /// <summary>hydrus's SERIALISABLE_NAME for a record, or its kind word when hydrus has no such type.</summary>
    public static string HydrusNameOf(Definition definition) =>
        HydrusCodecRegistry.ForModelType(definition.GetType()) is { } codec
            ? HydrusTypes.Find(codec.TypeId)!.HydrusName
            : Native.NativeKindCatalogue.KindOf(definition.GetType());

    public static int? TypeIdOf(Definition definition) => HydrusCodecRegistry.ForModelType(definition.GetType())?.TypeId;

    /// <summary>"Gallery URL Generator", or "A list of 3 URL Class, 2 Page Parser" for lists (as hydrus's PNG header says).</summary>
    public static string Describe(Definition definition)
    {
        if (definition is not DefinitionList list)
        {
            return HydrusNameOf(definition);
        }

        var counts = list.Items.GroupBy(HydrusNameOf).Select(group => $"{group.Count()} {group.Key}");
        return $"A list of {string.Join(", ", counts)}";
    }

    public static string TitleOf(Definition definition) => definition switch
    {
        INamedDefinition named => named.Name,
        DefinitionList list => $"easy-import downloader png - {list.Items.Count} objects",
        _ => HydrusNameOf(definition),
    };

    public static string? NameOf(Definition definition) => (definition as INamedDefinition)?.Name
        ?? (definition as Model.Network.DomainMetadataPackage)?.Domain;
}
