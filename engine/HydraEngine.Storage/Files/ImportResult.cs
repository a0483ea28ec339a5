namespace HydraEngine.Storage.Files;

/// <summary>What happened to one imported file.</summary>
public sealed record ImportResult(string SourcePath, ImportStatus Status, FileMetadata Metadata, string Note)
{
    public FileHash Hash => Metadata.Hash;

    /// <summary>hydrus's wording: "imported", "already in db", "previously deleted".</summary>
    public string StatusText => Status switch
    {
        ImportStatus.Imported => "imported",
        ImportStatus.AlreadyInDb => "already in db",
        _ => "previously deleted",
    };
}
