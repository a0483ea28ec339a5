namespace HydraEngine.Testing;

/// <summary>Locates the repository root, its fixtures and the shared corpus beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string Parsers => Path.Combine(Root, "parsers");

    /// <summary>The shared corpus (../shared/corpus), or null when this checkout has none beside it.</summary>
    public static string? Corpus
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("HYDRA_CORPUS");
            var candidate = string.IsNullOrEmpty(fromEnvironment)
                ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"))
                : fromEnvironment;
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HydraEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException("HydraEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
