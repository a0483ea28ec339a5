namespace HydraEngine.Storage.Deletion;

/// <summary>How to delete files.</summary>
/// <param name="FileDomain">Delete from this local file domain only; null means every local file domain.</param>
/// <param name="Permanent">Also remove the files from the trash (their bytes are deleted).</param>
/// <param name="Reason">Kept with the deletion record.</param>
public sealed record DeleteOptions(string? FileDomain = null, bool Permanent = false, string? Reason = null)
{
    public static DeleteOptions Default { get; } = new();
}
