namespace HydraEngine.Storage.Files;

/// <summary>What the store knows about a file's bytes.</summary>
public sealed record FileMetadata(FileHash Hash, long Size, FileMime Mime, MediaInfo Media)
{
    public string MimeString => MimeTypes.MimeString(Mime);

    public string Extension => MimeTypes.Extension(Mime);
}
