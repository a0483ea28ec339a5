namespace HydraEngine.Storage.Services;

/// <summary>The services every store starts with, under their hydrus names.</summary>
public static class ServiceCatalog
{
    public const string AllLocalFiles = "all local files";
    public const string AllMyFiles = "all my files";
    public const string MyFiles = "my files";
    public const string Trash = "trash";
    public const string MyTags = "my tags";
    public const string DownloaderTags = "downloader tags";

    internal const int AllLocalFilesId = 1;
    internal const int AllMyFilesId = 2;
    internal const int MyFilesId = 3;
    internal const int TrashId = 4;
    internal const int MyTagsId = 5;
    internal const int DownloaderTagsId = 6;

    internal static IReadOnlyList<StoreService> Seeded { get; } =
    [
        new(AllLocalFilesId, AllLocalFiles, ServiceType.CombinedLocalFile),
        new(AllMyFilesId, AllMyFiles, ServiceType.CombinedLocalMedia),
        new(MyFilesId, MyFiles, ServiceType.LocalFileDomain),
        new(TrashId, Trash, ServiceType.LocalFileTrashDomain),
        new(MyTagsId, MyTags, ServiceType.LocalTag),
        new(DownloaderTagsId, DownloaderTags, ServiceType.LocalTag),
    ];
}
