using System.Runtime.InteropServices;

namespace HydraEngine.Storage.Files;

/// <summary>fsync for directories and whole file systems (what .NET has no API for), and a durable rename.</summary>
internal static partial class DurableFileSystem
{
    private const int ReadOnly = 0;

    /// <summary>
    /// Renames <paramref name="temp"/> over <paramref name="final"/>. Returns the folders whose entries changed
    /// (the target folder and any it had to create), which must be synced before the rename counts as durable.
    /// </summary>
    public static IReadOnlyList<string> MoveIntoPlace(string temp, string final)
    {
        var folder = Path.GetDirectoryName(final)!;
        var created = CreateFolders(folder);
        File.Move(temp, final, overwrite: true);
        return [folder, .. created.Select(path => Path.GetDirectoryName(path)!)];
    }

    /// <summary>Renames into place and syncs the changed folders.</summary>
    public static void MoveIntoPlaceDurably(string temp, string final)
    {
        foreach (var folder in MoveIntoPlace(temp, final))
        {
            SyncDirectory(folder);
        }
    }

    /// <summary>fsyncs an existing file's data.</summary>
    public static void SyncFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Flushes a directory's entries to disk (no-op where the platform has no directory fsync).</summary>
    public static void SyncDirectory(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        WithDescriptor(folder, descriptor => Fsync(descriptor), "sync folder");
    }

    /// <summary>
    /// Flushes everything written to the file system holding <paramref name="folder"/> in one go (Linux syncfs):
    /// one journal commit for a whole batch instead of one per file. False where unavailable.
    /// </summary>
    public static bool TrySyncFileSystem(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        WithDescriptor(folder, descriptor => SyncFs(descriptor), "sync the file system of");
        return true;
    }

    private static void WithDescriptor(string path, Func<int, int> action, string what)
    {
        var descriptor = Open(path, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"cannot open '{path}' to {what} it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (action(descriptor) != 0)
            {
                throw new IOException($"cannot {what} '{path}' (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    private static List<string> CreateFolders(string folder)
    {
        var created = new List<string>();
        for (var current = folder; !Directory.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            created.Add(current);
        }

        if (created.Count > 0)
        {
            Directory.CreateDirectory(folder);
        }

        return created;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static partial int SyncFs(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
