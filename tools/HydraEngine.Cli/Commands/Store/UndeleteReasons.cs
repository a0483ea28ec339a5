using HydraEngine.Storage;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>Why <c>hydra undelete</c> left a file where it was: unknown, not in the trash, or deleted for good.</summary>
internal static class UndeleteReasons
{
    public static IEnumerable<string> For(HydraStore store, IReadOnlyList<FileHash>? asked, IReadOnlyList<FileHash> restored)
    {
        if (asked is null)
        {
            if (restored.Count == 0)
            {
                yield return "the trash is empty: nothing to restore (files deleted for good cannot be restored; import them again with --allow-deleted)";
            }

            yield break;
        }

        foreach (var hash in asked.Except(restored))
        {
            var report = store.GetFile(hash);
            yield return report switch
            {
                null => $"{hash.ToHex()}: the store knows nothing of this file",
                _ when report.Current.Any(entry => entry.Service == ServiceCatalog.Trash) => $"{hash.ToHex()}: in the trash, but it could not be restored",
                _ when report.Current.Count > 0 => $"{hash.ToHex()}: not in the trash (it is in {string.Join(", ", report.Current.Select(entry => entry.Service))}); nothing to restore",
                _ => $"{hash.ToHex()}: deleted for good (its file is gone), so it cannot be restored; import the file again with `hydra import --allow-deleted`",
            };
        }
    }
}
