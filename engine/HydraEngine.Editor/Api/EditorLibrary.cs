using HydraEngine.Host;
using HydraEngine.Library;

namespace HydraEngine.Editor.Api;

/// <summary>
/// The editor's own connection to the server's downloader library (same database file; the download engine's library
/// sees its changes by the library revision), used one request at a time. Saves go through the library's import, one
/// transaction: a server killed mid-save leaves the old or the new version, never half.
/// </summary>
internal sealed class EditorLibrary(HydraEngineInstance engine) : IDisposable
{
    private readonly Lock gate = new();
    private DownloaderLibrary? library;

    public T Use<T>(Func<DownloaderLibrary, T> work)
    {
        lock (gate)
        {
            library ??= DownloaderLibrary.Open(engine.Store.Location.DatabasePath, engine.Options.Database, engine.Registries.Strings, engine.Registries.Definitions);
            return work(library);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            library?.Dispose();
            library = null;
        }
    }
}
