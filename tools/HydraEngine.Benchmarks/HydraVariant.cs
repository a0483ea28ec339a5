namespace HydraEngine.Benchmarks;

/// <summary>
/// A hydra CLI to start for cold figures, from <c>--hydra LABEL=PATH[,NAME=VALUE...]</c>: PATH is the apphost or
/// <c>hydra.dll</c> (run with <c>dotnet</c>), NAME=VALUE are environment variables for it (e.g. <c>DOTNET_TieredPGO=0</c>).
/// </summary>
internal sealed record HydraVariant(string Label, string Program, IReadOnlyList<string> Prefix, IReadOnlyList<KeyValuePair<string, string>> Environment)
{
    public static HydraVariant Parse(string specification)
    {
        var equals = specification.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--hydra needs LABEL=PATH[,NAME=VALUE...], got '{specification}'");
        }

        var parts = specification[(equals + 1)..].Split(',');
        var path = Path.GetFullPath(parts[0]);
        if (!File.Exists(path))
        {
            throw new ArgumentException($"--hydra {specification[..equals]}: {path} does not exist (build it first; tools/bench does)");
        }

        var environment = parts.Skip(1).Select(part => part.Split('=', 2)).Select(pair => pair.Length == 2
            ? new KeyValuePair<string, string>(pair[0], pair[1])
            : throw new ArgumentException($"--hydra {specification[..equals]}: '{pair[0]}' is not NAME=VALUE")).ToList();
        return path.EndsWith(".dll", StringComparison.Ordinal)
            ? new HydraVariant(specification[..equals], "dotnet", [path], environment)
            : new HydraVariant(specification[..equals], path, [], environment);
    }

    /// <summary>A fresh <c>hydra parse --parser FILE --name NAME --url URL PAGE --json</c>, timed from process start to exit.</summary>
    public ProcessTiming ParseOnce(CorpusPair pair) =>
        ProcessTiming.Run(Program, [.. Prefix, "parse", "--parser", pair.ParserFile, "--name", pair.ParserName, "--url", pair.Url, pair.PageFile, "--json"], Environment);
}
