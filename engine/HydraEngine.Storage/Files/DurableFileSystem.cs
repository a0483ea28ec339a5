using System.Runtime.InteropServices;

namespace HydraEngine.Storage.Files;

/// <summary>fsync for directories (the part .NET has no API for) and a durable rename.</summary>
internal static partial class DurableFileSystem
{
    private const int ReadOnly = 0;

    /// <summary>Renames <paramref name="temp"/> over <paramref name="final"/> and makes the rename durable.</summary>
    public static void MoveIntoPlace(string temp, string final)
    {
        var folder = Path.GetDirectoryName(final)!;
        var created = CreateFolders(folder);
        File.Move(temp, final, overwrite: true);
        SyncDirectory(folder);
        foreach (var parent in created)
        {
            SyncDirectory(Path.GetDirectoryName(parent)!);
        }
    }

    /// <summary>Flushes a directory's entries to disk (no-op where the platform has no directory fsync).</summary>
    public static void SyncDirectory(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(folder, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"cannot open folder '{folder}' to sync it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"cannot sync folder '{folder}' (errno {Marshal.GetLastPInvokeError()})");
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
        for (var current = folder; !System.IO.Directory.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            created.Add(current);
        }

        if (created.Count > 0)
        {
            System.IO.Directory.CreateDirectory(folder);
        }

        created.Reverse();
        return created;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
