namespace HydraEngine.Downloading.Running;

/// <summary>
/// One run per store at a time: an exclusive lock on <c>downloads.lock</c> beside the database (released by the OS
/// when the process dies, even by SIGKILL). Holding it, a run may sweep every partial download left behind.
/// </summary>
internal sealed class RunLock : IDisposable
{
    private readonly FileStream stream;

    private RunLock(FileStream stream) => this.stream = stream;

    public static RunLock Acquire(string folder)
    {
        var path = Path.Combine(folder, "downloads.lock");
        try
        {
            return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception)
        {
            throw new DownloadException($"another run is already working on this store ({path} is locked); stop it first or wait for it", exception);
        }
    }

    /// <summary>Deletes every partial download in <paramref name="temporaryFolder"/>: no other run can be writing them.</summary>
    public static int SweepPartials(string temporaryFolder)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(temporaryFolder, "*.part"))
        {
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (IOException)
            {
                // Gone already: fine.
            }
        }

        return removed;
    }

    public void Dispose() => stream.Dispose();
}
