namespace HydraEngine.Storage.Files;

/// <summary>A file whose bytes are on disk: its id, hash, type and where its bytes are.</summary>
public sealed record StoredFileEntry(long FileId, FileHash Hash, FileMime Mime, string Path);
