using HydraEngine.Storage;

namespace HydraEngine.Cli.Commands.Demo;

/// <summary>The demo's last step: search the store for what the downloads stored.</summary>
internal static class DemoSearch
{
    /// <summary>Prints a few searches; returns how many files the store holds.</summary>
    public static int Write(HydraStore store, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("4. what the store holds now");
        var everything = store.Search("system:everything");
        foreach (var query in new[] { DemoScenario.GallerySearch, DemoScenario.SubscriptionQueries[0], "system:everything, system:limit 3, system:sort import time desc" })
        {
            var results = store.Search(query);
            output.WriteLine($"   search \"{query}\": {results.Count} file{(results.Count == 1 ? "" : "s")}");
            if (query.StartsWith("system:", StringComparison.Ordinal))
            {
                foreach (var hash in results.Hashes)
                {
                    var report = store.GetFile(hash)!;
                    output.WriteLine($"     {hash.ToHex()[..16]}…  {report.Metadata?.MimeString,-10} {string.Join(", ", report.AllDisplayTags.Take(8))}");
                }
            }
        }

        return everything.Count;
    }
}
