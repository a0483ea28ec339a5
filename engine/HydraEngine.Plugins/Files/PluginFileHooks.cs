using HydraEngine.Abstractions;
using HydraEngine.Plugins.Running;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;

namespace HydraEngine.Plugins.Files;

/// <summary>
/// Post-import hooks and exporters. The store has no hook seam, so imports and exports that should reach plugins
/// go through here: <see cref="Import"/> wraps <see cref="HydraStore.Import"/>, <see cref="Export"/> copies a stored
/// file out. A hook that fails never undoes the import or export; its failure is returned (and a misbehaving
/// plugin is disabled).
/// </summary>
public sealed class PluginFileHooks
{
    private readonly PluginHost host;

    internal PluginFileHooks(PluginHost host) => this.host = host;

    /// <summary>Imports a file, then runs the import hooks unless the file was previously deleted (nothing changed then).</summary>
    public HookedImport Import(HydraStore store, string sourcePath, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var result = store.Import(sourcePath, options);
        if (result.Status == ImportStatus.PreviouslyDeleted || store.GetFile(result.Hash) is not { Path: { } stored } report)
        {
            return new HookedImport(result, []);
        }

        return new HookedImport(result, RunImportHooks(FileDetailsReader.From(report, stored)));
    }

    /// <summary>Copies a stored file to <paramref name="targetPath"/>, then runs the exporters on the copy.</summary>
    public HookedExport Export(HydraStore store, FileHash hash, string targetPath)
    {
        ArgumentNullException.ThrowIfNull(store);
        var report = store.GetFile(hash) ?? throw new StoreException($"{hash.ToHex()} is not in the store.");
        HydraEngine.Storage.Files.OutputFile.Copy(report.Path ?? throw new StoreException($"{hash.ToHex()} has no stored bytes."), targetPath);
        var file = FileDetailsReader.From(report, Path.GetFullPath(targetPath));
        return new HookedExport(file, RunExporters(file));
    }

    /// <summary>Runs every enabled plugin's import hooks on one file.</summary>
    /// <summary>Runs every import hook for a file already in the store (e.g. one a bulk import just added).</summary>
    public IReadOnlyList<PluginException> RunImportHooks(HydraStore store, FileHash hash)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.GetFile(hash) is { Path: { } stored } report ? RunImportHooks(FileDetailsReader.From(report, stored)) : [];
    }

    public IReadOnlyList<PluginException> RunImportHooks(FileDetails file) =>
        PluginFanOut.CallEach(host, plugin => plugin.Extensions.ImportHooks, "the import hook", hook => hook.OnImported(file));

    /// <summary>Runs every enabled plugin's exporters on a file already copied out (its <see cref="FileDetails.Path"/>).</summary>
    public IReadOnlyList<PluginException> RunExporters(FileDetails file) =>
        PluginFanOut.CallEach(host, plugin => plugin.Extensions.Exporters, "the exporter", exporter => exporter.Export(file));
}

/// <summary>An import, and the hooks that failed on it.</summary>
public sealed record HookedImport(ImportResult Result, IReadOnlyList<PluginException> HookFailures);

/// <summary>An exported file, and the exporters that failed on it.</summary>
public sealed record HookedExport(FileDetails File, IReadOnlyList<PluginException> ExporterFailures);
