using System.Reflection;
using System.Text;
using HydraEngine.Definitions;
using HydraEngine.Library;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;

namespace HydraEngine.Cli.Commands.Demo;

/// <summary>
/// The fixture booru's downloader (parsers/fixture-booru/*.hydrus.json, embedded in the binary): loaded for the
/// booru's real port, imported into the library, and round-tripped through a hydrus PNG.
/// </summary>
internal static class DemoDownloader
{
    private const string ResourceFolder = ".FixtureBooru.";

    /// <summary>The embedded definitions with <see cref="FixtureBooru.FixtureDownloader.Domain"/> replaced by <paramref name="domain"/>.</summary>
    public static IReadOnlyList<DefinitionLoadResult> Load(string domain)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var results = new List<DefinitionLoadResult>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.Contains(ResourceFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var name = resource[(resource.IndexOf(ResourceFolder, StringComparison.Ordinal) + ResourceFolder.Length)..];
            results.Add(DefinitionLoader.LoadJson(reader.ReadToEnd().Replace(FixtureBooru.FixtureDownloader.Domain, domain, StringComparison.Ordinal), name));
        }

        if (results.Count == 0)
        {
            throw new LibraryException("this build embeds no fixture booru downloader (parsers/fixture-booru/*.hydrus.json)");
        }

        var broken = results.FirstOrDefault(result => !result.Succeeded);
        if (broken is not null)
        {
            throw new LibraryException($"the embedded downloader does not load: {string.Join("; ", broken.Diagnostics.Select(diagnostic => diagnostic.Message))}");
        }

        return results;
    }

    /// <summary>Imports the definitions into the library in <paramref name="databasePath"/>; returns a line saying what changed.</summary>
    public static string Import(string databasePath, IReadOnlyList<DefinitionLoadResult> definitions)
    {
        using var library = DownloaderLibrary.Open(databasePath);
        var outcome = library.ApplyImport(library.PlanImport(definitions));
        return $"imported the fixture booru downloader: {definitions.Count} objects ({outcome.Added} added, {outcome.Replaced} replaced, {outcome.Skipped} unchanged)";
    }

    /// <summary>The loopback port the downloader in <paramref name="databasePath"/> was made for by an earlier demo, or null.</summary>
    public static int? PreviousPort(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return null;
        }

        try
        {
            using var library = DownloaderLibrary.Open(databasePath);
            return library.Get(DemoScenario.Gug, LibraryKind.Gug).Definition is Model.Urls.GalleryUrlGenerator gug
                && Uri.TryCreate(gug.UrlTemplate, UriKind.Absolute, out var url) && url.Host == "127.0.0.1"
                ? url.Port
                : null;
        }
        catch (LibraryException)
        {
            return null;
        }
    }

    /// <summary>Writes the definitions as one hydrus PNG in <paramref name="folder"/> and reads it back; true when identical.</summary>
    public static (string Path, bool Identical) RoundTrip(IReadOnlyList<DefinitionLoadResult> definitions, string folder)
    {
        var bundle = new DefinitionList(new EquatableArray<Definition>(definitions.Select(result => result.Definition!).ToList()));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "fixture booru downloader.png");
        File.WriteAllBytes(path, HydrusSerialiser.ToPng(bundle, "easy-import downloader png - fixture booru"));
        var reread = DefinitionLoader.LoadFile(path);
        return (path, reread.Succeeded && reread.Definition == bundle);
    }
}
