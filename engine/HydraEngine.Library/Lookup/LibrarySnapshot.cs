using HydraEngine.Library.Storage;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Common;
using HydraEngine.Model.Network;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Strings;

namespace HydraEngine.Library.Lookup;

/// <summary>
/// The current library at one revision: every current object, the manual links, and (built on first use) the
/// domain manager and the URL class index. Immutable; shared between lookups of the same revision.
/// </summary>
internal sealed class LibrarySnapshot
{
    private readonly Dictionary<(LibraryKind, string), LibraryObject> byKindAndName;
    private readonly Lazy<DomainManager> manager;
    private readonly Lazy<UrlClassIndex> index;

    private readonly StringServices strings;

    public LibrarySnapshot(IReadOnlyList<LibraryObject> objects, IReadOnlyDictionary<string, string?> manualLinks, StringServices strings, IReadOnlyList<UnloadableDefinition>? unloadable = null)
    {
        this.strings = strings;
        Objects = objects;
        Unloadable = unloadable ?? [];
        ManualLinks = manualLinks;
        byKindAndName = objects.ToDictionary(item => (item.Kind, item.Name));
        manager = new Lazy<DomainManager>(() => NamedDomainManager.Build(UrlClasses, Parsers, ManualLinks, strings));
        index = new Lazy<UrlClassIndex>(() => new UrlClassIndex(Manager));
    }

    public IReadOnlyList<LibraryObject> Objects { get; }

    /// <summary>Stored current versions that do not load, left out of <see cref="Objects"/>.</summary>
    public IReadOnlyList<UnloadableDefinition> Unloadable { get; }

    /// <summary>URL class name → parser name (null: never parse).</summary>
    public IReadOnlyDictionary<string, string?> ManualLinks { get; }

    public IEnumerable<UrlClass> UrlClasses => Definitions<UrlClass>();

    public IEnumerable<PageParser> Parsers => Definitions<PageParser>();

    public IEnumerable<Definition> Gugs => Objects.Where(item => item.Kind == LibraryKind.Gug).Select(item => item.Definition);

    public IEnumerable<DomainMetadataPackage> DomainMetadata => Definitions<DomainMetadataPackage>();

    public DomainManager Manager => manager.Value;

    public UrlClassIndex Index => index.Value;

    public LibraryObject? Find(LibraryKind kind, string name) => byKindAndName.GetValueOrDefault((kind, name));

    /// <summary>This library with some objects replaced or added (what an import or an edit would leave).</summary>
    public LibrarySnapshot With(IReadOnlyCollection<(LibraryKind Kind, string Name, Definition Definition)> changes)
    {
        var replaced = changes.ToDictionary(change => (change.Kind, change.Name), change => change.Definition);
        var objects = Objects
            .Select(item => replaced.Remove((item.Kind, item.Name), out var result) ? item with { Definition = result } : item)
            .ToList();
        objects.AddRange(replaced.Select(added => new LibraryObject(added.Key.Kind, added.Key.Name, null, 0, VersionOrigin.Import, added.Value, null)));
        return new LibrarySnapshot(objects, ManualLinks, strings, Unloadable);
    }

    private IEnumerable<T> Definitions<T>() where T : Definition => Objects.Select(item => item.Definition).OfType<T>();
}
