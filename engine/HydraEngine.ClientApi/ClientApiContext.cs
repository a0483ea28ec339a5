using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Thumbnails;
using HydraEngine.Downloading;
using HydraEngine.Library.Runtime;
using HydraEngine.Network;

namespace HydraEngine.ClientApi;

/// <summary>
/// The engine parts the API works on. The store is required; without <see cref="Downloads"/> and
/// <see cref="Downloaders"/> the URL endpoints answer what they can (unknown URL classes, no queueing), and
/// without <see cref="Network"/> cookies and headers cannot be managed.
/// </summary>
public sealed class ClientApiContext
{
    public ClientApiContext(StoreAccess store, string storeRoot, AccessKeyStore keys, ClientApiOptions? options = null, TimeProvider? clock = null)
    {
        Store = store;
        Keys = keys;
        Options = options ?? ClientApiOptions.Default;
        Clock = clock ?? TimeProvider.System;
        Sessions = new SessionKeys(Clock);
        WorkFolder = Options.WorkFolder ?? Path.Combine(storeRoot, "client-api");
        Thumbnails = new ThumbnailCache(Path.Combine(WorkFolder, "thumbnails"));
    }

    public StoreAccess Store { get; }

    public AccessKeyStore Keys { get; }

    public ClientApiOptions Options { get; }

    public TimeProvider Clock { get; }

    /// <summary>The download engine URLs are queued in; calls to it are serialised by the API.</summary>
    public DownloadEngine? Downloads { get; init; }

    /// <summary>The downloader library's current objects (URL classes decide what a URL is).</summary>
    public Func<LibraryDownloaders>? Downloaders { get; init; }

    /// <summary>The network engine whose cookies and headers the API manages.</summary>
    public NetworkEngine? Network { get; init; }

    internal SessionKeys Sessions { get; }

    internal string WorkFolder { get; }

    internal ThumbnailCache Thumbnails { get; }

    internal object DownloadsGate { get; } = new();

    /// <summary>Files added to pages over the API during this run.</summary>
    internal Pages.PageFileLists PageFiles { get; } = new();
}
