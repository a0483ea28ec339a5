using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.Plugins.Tests.Support;

/// <summary>A store in a temporary folder (inside a sandbox's root).</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore(string root)
    {
        Folder = Directory.CreateDirectory(Path.Combine(root, "store")).FullName;
        Store = HydraStore.Open(new StoreLocation(Path.Combine(Folder, "hydra.db")));
    }

    public string Folder { get; }

    public HydraStore Store { get; }

    public void Dispose() => Store.Dispose();
}
