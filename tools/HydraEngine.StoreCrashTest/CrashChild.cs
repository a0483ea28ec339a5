using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;

namespace HydraEngine.StoreCrashTest;

/// <summary>
/// The process that gets killed: bulk-imports an endless stream of new files in batches (with tags and a URL),
/// re-imports some, and permanently deletes some, reporting each step on stdout only after it returned.
/// "purging" is printed before a purge, so the checker never expects a file whose purge may have committed.
/// </summary>
internal static class CrashChild
{
    public static int Run(CrashArguments arguments)
    {
        var random = new Random(arguments.Seed);
        var source = arguments.Source ?? throw new ArgumentException("--source is required");
        Directory.CreateDirectory(source);
        using var store = HydraStore.Open(new StoreLocation(arguments.Database ?? throw new ArgumentException("--db is required")));
        var output = Console.Out;
        output.WriteLine("ready");
        var imported = new List<(string Path, FileHash Hash)>();
        for (var batch = 0; ; batch++)
        {
            // A bulk import of 1–48 new files per batch: one sync for the copies, one for the renames, one transaction.
            var paths = new List<string>();
            for (var count = random.Next(1, 49); count > 0; count--)
            {
                var path = Path.Combine(source, $"s{arguments.Seed}-{batch}-{paths.Count}.png");
                File.WriteAllBytes(path, SyntheticImage.Create(random));
                paths.Add(path);
            }

            var options = new ImportOptions
            {
                Tags = [$"crash round:{arguments.Seed}", $"batch:{batch}", random.Next(2) == 0 ? "even" : "odd"],
                Urls = [$"https://crash.example/{arguments.Seed}/{batch}"],
            };
            foreach (var attempt in store.ImportMany(paths, options))
            {
                var result = attempt.Result ?? throw new InvalidOperationException(attempt.Error);
                output.WriteLine($"done {result.Hash.ToHex()} {result.Status}");
                imported.Add((attempt.SourcePath, result.Hash));
            }

            var (againPath, againHash) = imported[random.Next(imported.Count)];
            var again = store.Import(againPath);
            output.WriteLine($"again {againHash.ToHex()} {again.Status}");

            if (batch % 3 == 2)
            {
                var victim = imported[random.Next(imported.Count)].Hash;
                output.WriteLine($"purging {victim.ToHex()}");
                store.Delete([victim], new DeleteOptions(Permanent: true));
                output.WriteLine($"purged {victim.ToHex()}");
            }
        }
    }
}
