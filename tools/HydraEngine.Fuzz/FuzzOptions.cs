namespace HydraEngine.Fuzz;

/// <summary>How much to fuzz, from which seed, over which repository's fixtures.</summary>
public sealed record FuzzOptions(int Seed, int Definitions, int Pages, string Root)
{
    /// <summary>Hostile requests sent to the Client API (bodies and query strings).</summary>
    public int ApiRequests { get; init; } = 2_000;

    /// <summary>An item that takes longer than this counts as a hang.</summary>
    public TimeSpan HangLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The peak working set the whole run must stay under.</summary>
    public long MemoryLimitBytes { get; init; } = 1024L * 1024 * 1024;

    public static FuzzOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new FuzzOptions(19, 10_000, 1_000, FindRoot());
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--seed" when int.TryParse(args[i + 1], out var seed) => options with { Seed = seed },
                "--definitions" when int.TryParse(args[i + 1], out var count) => options with { Definitions = count },
                "--pages" when int.TryParse(args[i + 1], out var count) => options with { Pages = count },
                "--api" when int.TryParse(args[i + 1], out var count) => options with { ApiRequests = count },
                "--root" => options with { Root = args[i + 1] },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return args.Count % 2 == 0 ? options : null;
    }

    /// <summary>The repository root: the nearest folder above this program holding HydraEngine.sln.</summary>
    public static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HydraEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
