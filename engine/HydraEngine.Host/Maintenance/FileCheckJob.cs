using Microsoft.Extensions.Logging;

namespace HydraEngine.Host.Maintenance;

/// <summary>
/// Sampled file-storage integrity checks: each slice hashes a few stored files (present, right size, right SHA-256),
/// walking the store in order and starting over at its end; every problem is logged as a warning.
/// </summary>
internal sealed class FileCheckJob : IMaintenanceJob
{
    private const int FilesPerSlice = 32;

    private long cursor;

    public string Name => "file check";

    public MaintenanceSlice RunSlice(HydraEngineInstance engine, CancellationToken cancellationToken)
    {
        var slice = engine.UseStore(store => store.CheckFiles(cursor, FilesPerSlice));
        foreach (var problem in slice.Problems)
        {
            engine.Logger.LogWarning("file check: {Hash} at {Path}: {Problem}", problem.Hash.ToHex(), problem.Path, problem.Problem);
        }

        cursor = slice.NextHashId;
        return new MaintenanceSlice(slice.NextHashId != 0, slice.Checked == 0 ? null : $"checked {slice.Checked} files, {slice.Problems.Count} problems");
    }
}
