namespace HydraEngine.Storage.Files;

/// <summary>
/// Temporary files in a folder several processes share (the store's <c>.tmp</c>, a download folder). A process that
/// writes there first takes an owner lock, <c>owner-TOKEN.lock</c> in a lock folder beside it, held exclusively for
/// its life (the OS drops it when the process dies, even by SIGKILL), and names every temporary file
/// <c>PREFIX-TOKEN-….part</c>. A sweep deletes every temporary file whose owner no longer holds its lock, whatever
/// its age; a live owner's files stay.
/// </summary>
public sealed class TemporaryFiles : IDisposable
{
    private const string Suffix = ".part";
    private const string LockPrefix = "owner-";
    private readonly FileStream ownerLock;

    private TemporaryFiles(TemporaryFolder folder, string token, FileStream ownerLock)
    {
        Folder = folder.Files;
        Token = token;
        this.ownerLock = ownerLock;
    }

    public string Folder { get; }

    /// <summary>This owner's token, part of every temporary file name it makes.</summary>
    public string Token { get; }

    /// <summary>Takes a new owner lock for <paramref name="folder"/> (its folders created if needed).</summary>
    public static TemporaryFiles Own(TemporaryFolder folder)
    {
        Directory.CreateDirectory(folder.Files);
        Directory.CreateDirectory(folder.Locks);
        for (var attempt = 0; ; attempt++)
        {
            var token = $"{Environment.ProcessId}x{Guid.NewGuid().ToString("N")[..12]}";
            try
            {
                return new TemporaryFiles(folder, token, new FileStream(LockPath(folder, token), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
            }
            catch (IOException) when (attempt < 3)
            {
                // A sweep saw the new lock file before it was locked and took it for a dead owner's: take another token.
            }
        }
    }

    /// <summary>A fresh temporary file name of this owner.</summary>
    public string NewPath(string prefix) => Path.Combine(Folder, $"{prefix}-{Token}-{Guid.NewGuid():N}{Suffix}");

    /// <summary>Deletes the temporary files (and lock files) of owners that are gone; returns how many files were deleted.</summary>
    public static int Sweep(TemporaryFolder folder) => Leftovers(folder).Sum(owner => Remove(folder, owner));

    /// <summary>Temporary files whose owner is gone (what a sweep would delete).</summary>
    public static int CountLeftovers(TemporaryFolder folder) => Leftovers(folder).Sum(owner => owner.Files.Count);

    public void Dispose() => ownerLock.Dispose();

    private static IEnumerable<(string Token, IReadOnlyList<string> Files)> Leftovers(TemporaryFolder folder)
    {
        var files = Directory.Exists(folder.Files) ? Directory.EnumerateFiles(folder.Files, "*" + Suffix).GroupBy(TokenOf, StringComparer.Ordinal) : [];
        var locks = (Directory.Exists(folder.Locks) ? Directory.EnumerateFiles(folder.Locks, LockPrefix + "*.lock") : []).Select(path => Path.GetFileNameWithoutExtension(path)[LockPrefix.Length..]);
        var byOwner = files.ToDictionary(group => group.Key, group => (IReadOnlyList<string>)group.ToList(), StringComparer.Ordinal);
        foreach (var token in locks.Where(token => !byOwner.ContainsKey(token)).ToList())
        {
            byOwner[token] = [];
        }

        return byOwner.Where(owner => !IsAlive(folder, owner.Key)).Select(owner => (owner.Key, owner.Value)).ToList();
    }

    /// <summary>The owner token of <c>PREFIX-TOKEN-….part</c> (an older release's name gives a token no lock has).</summary>
    private static string TokenOf(string path)
    {
        var parts = Path.GetFileName(path).Split('-');
        return parts.Length >= 3 ? parts[1] : "";
    }

    private static bool IsAlive(TemporaryFolder folder, string token)
    {
        try
        {
            using var probe = new FileStream(LockPath(folder, token), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static int Remove(TemporaryFolder folder, (string Token, IReadOnlyList<string> Files) owner)
    {
        var removed = owner.Files.Count(TryDelete);
        TryDelete(LockPath(folder, owner.Token));
        return removed;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string LockPath(TemporaryFolder folder, string token) => Path.Combine(folder.Locks, $"{LockPrefix}{token}.lock");
}

/// <summary>A folder of temporary files and the folder of its owners' locks (kept apart, so the files folder holds only temporary files).</summary>
public sealed record TemporaryFolder(string Files, string Locks);
