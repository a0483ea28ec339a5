using HydraEngine.Repositories.Sync;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Tests.Peer;

/// <summary>
/// One real hydrus server for a test class, with content already uploaded by one account (mappings, a sibling
/// and a parent) and published in an update, so each test can synchronise it into its own store.
/// </summary>
public sealed class PeerFixture : IAsyncLifetime
{
    public static readonly FileHash First = FileHash.Of("first file"u8);
    public static readonly FileHash Second = FileHash.Of("second file"u8);

    private readonly List<string> folders = [];
    private HydrusPeer? peer;

    public HydrusPeer Peer => peer ?? throw new InvalidOperationException("the peer is not running");

    public async Task InitializeAsync()
    {
        if (HydrusPeerRequirements.Missing is not null)
        {
            return;
        }

        peer = await HydrusPeer.StartAsync();
        using var uploader = OpenStore(out var name, Peer.UploaderKey);
        var repository = uploader.Repositories.Get(name);
        uploader.Repositories.Pend(repository, [First, Second], ["character:samus aran", "blue sky"]);
        uploader.Repositories.QueuePair(repository, RepositoryContentType.TagSiblings, RepositoryUploadAction.Pend, "samus", "character:samus aran", "");
        uploader.Repositories.QueuePair(repository, RepositoryContentType.TagParents, RepositoryUploadAction.Pend, "character:samus aran", "series:metroid", "");
        await new RepositoryUploader(uploader).CommitAsync(name, CancellationToken.None);
        using var reader = OpenStore(out var readerName, Peer.ReaderKey);
        await SyncUntilAsync(reader, readerName, store => store.Siblings(readerName).Count > 0 && store.TagsOf(Second).Count > 0);
    }

    /// <summary>A fresh store in a temp folder with the peer's repository added under a name, with the given access key (and clock).</summary>
    public HydraStore OpenStore(out string name, byte[] accessKey, string? folder = null, TimeProvider? clock = null)
    {
        folder ??= Directory.CreateTempSubdirectory("hydra-repos-").FullName;
        folders.Add(folder);
        var store = HydraStore.Open(StoreLocation.FromOption(Path.Combine(folder, "hydra.db")), null, clock ?? TimeProvider.System);
        name = "test repository";
        if (store.Repositories.All().Count == 0)
        {
            store.Repositories.Add(name, "127.0.0.1", Peer.RepositoryPort, accessKey);
        }

        return store;
    }

    /// <summary>Synchronises until <paramref name="done"/> holds (the server publishes an update every couple of seconds).</summary>
    public static async Task SyncUntilAsync(HydraStore store, string name, Func<HydraStore, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var synchroniser = new RepositorySynchroniser(store);
        while (true)
        {
            await synchroniser.SyncAsync(name, new SyncOptions(), CancellationToken.None);
            if (done(store))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("what was uploaded did not show in the repository's updates within 60 s");
            }

            await Task.Delay(500);
        }
    }

    public async Task DisposeAsync()
    {
        if (peer is not null)
        {
            await peer.DisposeAsync();
        }

        foreach (var folder in folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
