namespace HydraEngine.Storage.Repositories;

/// <summary>A repository the store synchronises from: where it is, its credentials and its processing settings.</summary>
public sealed record RepositoryService(
    int ServiceId,
    string Name,
    string Host,
    int Port,
    byte[] AccessKey,
    byte[]? SessionKey,
    long SessionExpires,
    bool Paused,
    IReadOnlySet<RepositoryContentType> ContentTypes,
    long NextUpdateDue,
    string? Account,
    string? LastError,
    long RowsProcessed,
    long ProcessingMilliseconds);
