using HydraEngine.Model.Text;
using HydraEngine.Library.Lookup;
using HydraEngine.Matching;
using HydraEngine.Matching.Gugs;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Urls;

namespace HydraEngine.Library.Exporting;

/// <summary>
/// Gathers a downloader as hydrus's "export downloaders" does: for a GUG, its nested members, the URL classes its
/// example URLs match plus the post and file classes of the same site, their API/redirect targets, the parsers
/// linked to them and the domain metadata of their domains; for a URL class, the class, its API targets and parsers.
/// </summary>
internal sealed class DownloaderExporter(LibrarySnapshot snapshot)
{
    private readonly GugRunner gugs = new(snapshot.Gugs);

    public ExportBundle Export(LibraryObject root)
    {
        var generators = root.Kind == LibraryKind.Gug ? WithMembers(root.Definition) : [];
        var exampleUrls = generators.OfType<GalleryUrlGenerator>().Select(ExampleUrl).OfType<string>().ToList();
        var classes = root.Definition is UrlClass urlClass ? new HashSet<string>(StringComparer.Ordinal) { urlClass.Name } : ClassesFor(exampleUrls);
        AddApiTargets(classes);
        var parsers = ParsersFor(classes);
        var domains = exampleUrls.Concat(classes.Select(name => Definition<UrlClass>(LibraryKind.UrlClass, name).ExampleUrl))
            .Select(DomainNames.DomainOf).OfType<string>().SelectMany(HydrusDomains.AllApplicable).ToHashSet(StringComparer.Ordinal);
        var items = new List<Definition>();
        items.AddRange(generators.OrderBy(LibraryKinds.NameOf, StringComparer.Ordinal));
        items.AddRange(classes.Order(StringComparer.Ordinal).Select(name => Definition<Definition>(LibraryKind.UrlClass, name)));
        items.AddRange(parsers.Order(StringComparer.Ordinal).Select(name => Definition<Definition>(LibraryKind.Parser, name)));
        items.AddRange(snapshot.DomainMetadata.Where(package => domains.Contains(package.Domain)).OrderBy(package => package.Domain, StringComparer.Ordinal));
        var gugNames = generators.Select(LibraryKinds.NameOf).Order(StringComparer.Ordinal).ToList();
        var title = gugNames.Count == 0 ? "easy-import downloader png" : $"easy-import downloader png - {gugNames.Count} downloaders";
        var description = gugNames.Count == 0 ? "some download components" : string.Join(", ", gugNames);
        return new ExportBundle(new DefinitionList(items.ToArray()), title, description);
    }

    private List<Definition> WithMembers(Definition generator)
    {
        var found = new List<Definition>();
        var pending = new Queue<Definition>([generator]);
        while (pending.TryDequeue(out var next))
        {
            if (found.Any(existing => LibraryKinds.NameOf(existing) == LibraryKinds.NameOf(next)))
            {
                continue;
            }

            found.Add(next);
            if (next is NestedGalleryUrlGenerator nested)
            {
                foreach (var member in nested.Generators.Select(gugs.Find).OfType<Definition>())
                {
                    pending.Enqueue(member);
                }
            }
        }

        return found;
    }

    private static string? ExampleUrl(GalleryUrlGenerator gug)
    {
        try
        {
            return GalleryUrlGeneration.Generate(gug, gug.ExampleSearchText);
        }
        catch (GalleryUrlGeneratorException)
        {
            return null;
        }
    }

    private HashSet<string> ClassesFor(IEnumerable<string> exampleUrls)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in exampleUrls)
        {
            if (snapshot.Index.GetUrlClass(url) is not { } engine)
            {
                continue;
            }

            classes.Add(engine.Class.Name);
            var site = DomainNames.DomainOf(url) is { } domain ? HydrusDomains.SecondLevel(domain) : null;
            classes.UnionWith(snapshot.UrlClasses
                .Where(other => other.UrlType is UrlType.Post or UrlType.File && DomainNames.DomainOf(other.ExampleUrl) is { } otherDomain && HydrusDomains.SecondLevel(otherDomain) == site)
                .Select(other => other.Name));
        }

        return classes;
    }

    private void AddApiTargets(HashSet<string> classes)
    {
        foreach (var name in classes.ToList())
        {
            try
            {
                classes.UnionWith(snapshot.Manager.GetApiChain(Definition<UrlClass>(LibraryKind.UrlClass, name).ExampleUrl).Chain.Select(engine => engine.Class.Name));
            }
            catch (UrlClassException)
            {
                // a class whose example URL has no working API chain brings no targets
            }
        }
    }

    private HashSet<string> ParsersFor(IEnumerable<string> classes)
    {
        var parsers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in classes)
        {
            var example = Definition<UrlClass>(LibraryKind.UrlClass, name).ExampleUrl;
            if (snapshot.Index.GetUrlClass(example) is not { IsParsable: true })
            {
                continue;
            }

            try
            {
                parsers.Add(snapshot.Manager.GetUrlToFetchAndParser(example).Parser.Name);
            }
            catch (UrlClassException)
            {
                // no parser for this class: it is exported without one
            }
        }

        return parsers;
    }

    private T Definition<T>(LibraryKind kind, string name) where T : Definition => (T)snapshot.Find(kind, name)!.Definition;
}
