namespace HydraEngine.FixtureBooru;

/// <summary>
/// The booru's downloader (parsers/fixture-booru/*.hydrus.json) is written for 127.0.0.1:8089; hydrus URL classes
/// match the port, so a booru on another port needs the definitions rewritten to its own domain.
/// </summary>
public static class FixtureDownloader
{
    public const string Domain = "127.0.0.1:8089";

    /// <summary>The definition text with the demo domain replaced by <c>127.0.0.1:<paramref name="port"/></c>.</summary>
    public static string ForPort(string definitionText, int port) =>
        definitionText.Replace(Domain, $"127.0.0.1:{port}", StringComparison.Ordinal);

    /// <summary>Copies every <c>*.hydrus.json</c> of <paramref name="sourceFolder"/> into <paramref name="targetFolder"/>, rewritten for <paramref name="port"/>.</summary>
    public static IReadOnlyList<string> WriteFiles(string sourceFolder, int port, string targetFolder)
    {
        Directory.CreateDirectory(targetFolder);
        return Directory.EnumerateFiles(sourceFolder, "*.hydrus.json").Order(StringComparer.Ordinal).Select(file =>
        {
            var target = Path.Combine(targetFolder, Path.GetFileName(file));
            File.WriteAllText(target, ForPort(File.ReadAllText(file), port));
            return target;
        }).ToList();
    }
}
