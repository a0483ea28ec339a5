using HydraEngine.Testing;

namespace HydraEngine.Host.Tests.Support;

/// <summary>A copy of <c>fixtures/stores/release-2026-12-04</c> (a store written by the release before one database owner) in a temporary folder.</summary>
internal sealed class ReleaseStore : IDisposable
{
    public const int Files = 48;

    private readonly TemporaryFolder folder = new();

    private static readonly string Source = Path.Combine(RepositoryPaths.Fixtures, "stores", "release-2026-12-04");

    public ReleaseStore()
    {
        var source = Source;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The first <paramref name="count"/> media files of the fixture (real images, in the fixture's own folder: copy before changing).</summary>
    public static IReadOnlyList<string> SomeFiles(int count) =>
        Directory.EnumerateFiles(Path.Combine(Source, "files"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(count).ToArray();

    public string DatabasePath => folder.File("hydra.db");

    public void Dispose() => folder.Dispose();
}
