using HydraEngine.Storage;

namespace HydraEngine.Cli.Commands;

/// <summary>Whether a command only reads the store (and so must find one) or may write it (and so may create one).</summary>
internal enum StoreAccess
{
    Reads,
    Writes,
}

/// <summary>
/// A mistyped <c>--db</c> must not look like an empty store: commands that only read refuse a database that does not
/// exist (and create nothing); commands that write create it and say so first.
/// </summary>
internal static class StorePresence
{
    public static void Check(string databasePath, StoreAccess access, TextWriter error)
    {
        if (File.Exists(databasePath))
        {
            return;
        }

        if (access == StoreAccess.Reads)
        {
            throw new StoreException($"no store at {databasePath}; nothing was created. Check --db for a typo; `hydra import` or `hydra download` makes a new store there.");
        }

        error.WriteLine($"creating a new store at {databasePath}");
    }
}
