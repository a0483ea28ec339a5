using HydraEngine.Downloading;
using HydraEngine.Host.Plugins;
using HydraEngine.Library;
using HydraEngine.Library.Runtime;
using HydraEngine.Network;
using HydraEngine.Plugins;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;
using Microsoft.Extensions.Logging;

namespace HydraEngine.Host;

/// <summary>
/// One engine on one store, built by <see cref="HydraEngineHost.Open"/>: the tag/file store, the downloader library,
/// the network engine and the download engine, all on one database file, with this engine's plugins. Owns them all;
/// dispose to close. Two engines (on two stores) may live in one process.
/// </summary>
public sealed class HydraEngineInstance : IAsyncDisposable, IDisposable
{
    private readonly LibraryGate libraryGate;
    private readonly EngineParts parts;
    private int disposed;

    internal HydraEngineInstance(HydraEngineOptions options, EngineParts parts, LibraryGate libraryGate, EngineActivity activity, ILogger logger)
    {
        Options = options;
        this.parts = parts;
        this.libraryGate = libraryGate;
        Activity = activity;
        Logger = logger;
    }

    public HydraEngineOptions Options { get; }

    /// <summary>
    /// The tag/file store. It is one connection: while downloads run (in <c>hydra serve</c>), reach it only through
    /// <see cref="UseStore"/>.
    /// </summary>
    public HydraStore Store => parts.Store!;

    /// <summary>The downloader library (URL classes, GUGs, parsers, versions); see <see cref="Downloaders"/> for concurrent reads.</summary>
    public DownloaderLibrary Library => parts.Library!;

    public NetworkEngine Network => parts.Network!;

    /// <summary>Gallery downloads, URL queues, watchers and subscriptions; <see cref="DownloadEngine.RunAsync"/> works them.</summary>
    public DownloadEngine Downloads => parts.Downloads!;

    /// <summary>This engine's plugins, or null when it has none.</summary>
    public PluginHost? Plugins => parts.Plugins.Host;

    /// <summary>This engine's registries (formula kinds, converter steps, native kinds): built-in plus its plugins' contributions.</summary>
    public EngineRegistries Registries => parts.Plugins.Registries;

    public TimeProvider Clock => Options.Clock;

    /// <summary>Whether downloads or requests are busy (maintenance waits for idle).</summary>
    public EngineActivity Activity { get; }

    public ILogger Logger { get; }

    /// <summary>Runs <paramref name="work"/> on the store, one caller at a time with the download jobs.</summary>
    public T UseStore<T>(Func<HydraStore, T> work) => Downloads.UseStore(work);

    /// <summary>The library's current downloaders; safe from concurrent download jobs (they take turns).</summary>
    public LibraryDownloaders Downloaders() => libraryGate.Downloaders();

    /// <summary>
    /// Imports files into the store as <see cref="HydraStore.ImportMany"/> does, and hands each new file to the
    /// plugins' import hooks; a hook's failure is a warning beside the attempt, never a failed import.
    /// </summary>
    public IEnumerable<EngineImport> ImportFiles(IEnumerable<string> sourcePaths, ImportOptions? options = null)
    {
        foreach (var attempt in Store.ImportMany(sourcePaths, options))
        {
            var warnings = attempt.Result is { Status: ImportStatus.Imported } imported && Plugins is { } host
                ? host.Files.RunImportHooks(Store, imported.Hash).Select(failure => failure.Message).ToArray()
                : [];
            yield return new EngineImport(attempt, warnings);
        }
    }

    /// <summary>
    /// Copies a stored file to <paramref name="targetPath"/> and hands the copy to the plugins' exporters (sidecars and
    /// the like); an exporter's failure is a warning, never a failed export.
    /// </summary>
    public IReadOnlyList<string> ExportFile(FileHash hash, string targetPath)
    {
        if (Plugins is { } host)
        {
            return host.Files.Export(Store, hash, targetPath).ExporterFailures.Select(failure => failure.Message).ToArray();
        }

        var report = Store.GetFile(hash) ?? throw new StoreException($"{hash.ToHex()} is not in the store");
        HydraEngine.Storage.Files.OutputFile.Copy(report.Path ?? throw new StoreException($"{hash.ToHex()} has no stored bytes"), targetPath);
        return [];
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await parts.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}

/// <summary>One file's import through the engine: the store's attempt and what the plugins' import hooks said.</summary>
public sealed record EngineImport(ImportAttempt Attempt, IReadOnlyList<string> HookWarnings);
