using System.Globalization;

namespace HydraEngine.StoreBench;

/// <summary>
/// Settings: <c>--db PATH</c> (default: a temp folder), <c>--files N</c> (default 100,000), <c>--mappings N</c>
/// (default 3,000,000), <c>--tags N</c> (vocabulary, default 100,000), <c>--seed N</c>, <c>--runs N</c> (search
/// repetitions, default 41), <c>--import-files N</c> (default 5,000), <c>--cache-mb N</c> (SQLite page cache, default 1024), <c>--batch N</c> (mappings per ingest batch, default 4,000,000),
/// <c>--tags-per-file N</c> (import-tags, default 20), <c>--rounds N</c> (import-tags, default 3), <c>--hydra PATH</c> (import-tags: also time a real
/// <c>hydra import</c> process; PATH is the apphost or hydra.dll), <c>--import-batch N</c> (import-tags in process: files per transaction, default 64 as <c>hydra import</c>).
/// </summary>
internal sealed record BenchArguments(string Database, int Files, long Mappings, int Tags, int Seed, int Runs, int ImportFiles, int CacheMegabytes, int BatchSize, int TagsPerFile = 20, int Rounds = 3, string? Hydra = null, int ImportBatch = 64)
{
    public static BenchArguments Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var enumerator = args.GetEnumerator();
        while (enumerator.MoveNext())
        {
            var name = enumerator.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !enumerator.MoveNext())
            {
                throw new ArgumentException($"expected --name value pairs, got '{name}'");
            }

            values[name[2..]] = enumerator.Current.Replace("_", "", StringComparison.Ordinal);
        }

        return new BenchArguments(
            values.GetValueOrDefault("db") ?? Path.Combine(Path.GetTempPath(), "storebench", "hydra.db"),
            (int)Number(values, "files", 100_000),
            Number(values, "mappings", 3_000_000),
            (int)Number(values, "tags", 100_000),
            (int)Number(values, "seed", 20240601),
            (int)Number(values, "runs", 41),
            (int)Number(values, "import-files", 5_000),
            (int)Number(values, "cache-mb", 1024),
            (int)Number(values, "batch", HydraEngine.Storage.Tags.MappingIngest.DefaultBatchSize),
            (int)Number(values, "tags-per-file", 20),
            (int)Number(values, "rounds", 3),
            values.GetValueOrDefault("hydra"),
            (int)Number(values, "import-batch", 64));
    }

    private static long Number(Dictionary<string, string> values, string name, long fallback) =>
        values.TryGetValue(name, out var text)
            ? long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw new ArgumentException($"--{name} needs a number")
            : fallback;
}
