namespace HydraEngine.Library.Storage;

/// <summary>Turns database rows into the library's public records.</summary>
internal static class RowMapping
{
    public static string OriginWord(VersionOrigin origin) => origin switch
    {
        VersionOrigin.Import => "import",
        VersionOrigin.LocalEdit => "local edit",
        _ => "rollback",
    };

    public static VersionOrigin Origin(string word) => word switch
    {
        "import" => VersionOrigin.Import,
        "local edit" => VersionOrigin.LocalEdit,
        _ => VersionOrigin.Rollback,
    };

    public static LibraryKind Kind(string word) =>
        LibraryKinds.Parse(word) ?? throw new LibraryException($"the library holds an object of unknown kind '{word}'; use a newer hydra");

    public static LibraryObject ToObject(ObjectRow objectRow, VersionRow versionRow) => new(
        Kind(objectRow.Kind),
        objectRow.Name,
        versionRow.ObjectKey,
        (int)versionRow.Version,
        Origin(versionRow.Origin),
        StoredDefinitions.Load(versionRow.HydrusJson, $"{objectRow.Kind} '{objectRow.Name}' v{versionRow.Version}"),
        (int?)versionRow.BaseVersion);

    public static LibraryVersion ToVersion(VersionRow row, long currentVersion) => new(
        (int)row.Version,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedMs),
        Origin(row.Origin),
        row.Source,
        row.Note,
        row.Sha256,
        (int?)row.BaseVersion,
        row.Version == currentVersion);
}
