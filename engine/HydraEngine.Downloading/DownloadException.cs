namespace HydraEngine.Downloading;

/// <summary>A download request that cannot be carried out (unknown GUG, no such subscription, a bad state file…), with a message saying why.</summary>
public sealed class DownloadException(string message, Exception? inner = null) : Exception(message, inner);
