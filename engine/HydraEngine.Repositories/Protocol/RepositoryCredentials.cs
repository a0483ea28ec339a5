namespace HydraEngine.Repositories.Protocol;

/// <summary>An access key and, once opened, a session key for one server service.</summary>
public sealed record RepositoryCredentials(byte[] AccessKey, byte[]? SessionKey);
