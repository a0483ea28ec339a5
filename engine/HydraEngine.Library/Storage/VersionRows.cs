using HydraEngine.Model.Common;

namespace HydraEngine.Library.Storage;

/// <summary>Builds the row for a new version of a definition.</summary>
internal static class VersionRows
{
    public static VersionRow Create(long objectId, Definition definition, VersionOrigin origin, string? source, string? note, long? baseVersion)
    {
        var canonical = StoredDefinitions.Canonical(definition);
        return new VersionRow(
            objectId,
            0,
            0, // dated by LibraryStore.AppendVersion
            RowMapping.OriginWord(origin),
            source,
            note,
            StoredDefinitions.TypeId(definition),
            DefinitionKeys.KeyOf(definition),
            StoredDefinitions.Sha256(canonical),
            canonical,
            baseVersion);
    }
}
