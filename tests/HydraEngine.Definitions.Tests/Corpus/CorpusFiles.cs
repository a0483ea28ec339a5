using HydraEngine.Testing;

namespace HydraEngine.Definitions.Tests.Corpus;

/// <summary>The corpus PNGs and hydrus's expectations for them (../shared/corpus/expected/decode_summary.tsv).</summary>
internal static class CorpusFiles
{
    public const string RejectedByHydrus = "community/Bdsmlr/bdsmlr_account_settings.png";

    public static string Objects => Path.Combine(RepositoryPaths.Corpus!, "objects");

    public static IEnumerable<string> AllPngs() =>
        Directory.EnumerateFiles(Objects, "*.png", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Objects, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>Relative paths of PNGs hydrus decoded, with the path of its decoded JSON.</summary>
    public static IReadOnlyDictionary<string, string> Expectations()
    {
        var expected = Path.Combine(RepositoryPaths.Corpus!, "expected");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(expected, "decode_summary.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length > 1 && columns[1] == "ok")
            {
                var decoded = Path.Combine(expected, "decoded", columns[0] + ".json");
                if (File.Exists(decoded))
                {
                    result[columns[0]] = decoded;
                }
            }
        }

        return result;
    }
}
