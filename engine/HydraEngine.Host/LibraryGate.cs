using HydraEngine.Library;
using HydraEngine.Library.Runtime;

namespace HydraEngine.Host;

/// <summary>The library is one connection: concurrent download jobs take turns reading its current downloaders.</summary>
internal sealed class LibraryGate(DownloaderLibrary library)
{
    private readonly Lock gate = new();

    public LibraryDownloaders Downloaders()
    {
        lock (gate)
        {
            return library.Downloaders();
        }
    }
}
