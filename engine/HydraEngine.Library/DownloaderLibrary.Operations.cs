using System.Text.Json;
using HydraEngine.Definitions;
using HydraEngine.Library.Exporting;
using HydraEngine.Library.Importing;
using HydraEngine.Library.Lookup;
using HydraEngine.Library.Storage;
using HydraEngine.Model.Containers;

namespace HydraEngine.Library;

/// <summary>Import, lookups, export, links and details.</summary>
public sealed partial class DownloaderLibrary
{
    /// <summary>Plans importing PNG, hydrus JSON or native JSON files. Nothing is written.</summary>
    public ImportPlan PlanImport(IEnumerable<string> files) => PlanImport(files.Select(file => DefinitionLoader.LoadFile(file, reading)).ToList());

    /// <summary>Plans importing already loaded sources. Nothing is written.</summary>
    public ImportPlan PlanImport(IEnumerable<DefinitionLoadResult> sources)
    {
        var (libraryId, revision) = store.Revision();
        return new ImportPlanner(Snapshot(), (item, version) => GetVersion(item.Name, version, item.Kind), libraryId, revision, reading).Plan(sources);
    }

    /// <summary>Applies a plan made on the current revision, in one transaction. Throws when it has errors.</summary>
    public ImportOutcome ApplyImport(ImportPlan plan) => database.Write(transaction => new ImportApplier(store).Apply(transaction, plan));

    /// <summary>
    /// Applies a plan of edited definitions (a save from the editor) in one transaction: objects the library has become
    /// "local edit" versions on their upstream version (kept over upstream updates as local edits are); new ones are added.
    /// </summary>
    public ImportOutcome ApplyEdits(ImportPlan plan) => database.Write(transaction => new ImportApplier(store).Apply(transaction, plan, asLocalEdits: true));

    /// <summary>Plans and applies at once (the <c>--yes</c> path).</summary>
    public ImportOutcome Import(IEnumerable<string> files) => ApplyImport(PlanImport(files));

    /// <summary>What hydrus makes of a URL: class, normalised URL, URL to fetch, referral URL, parser.</summary>
    /// <summary>The current downloaders as a run uses them (domain manager, GUGs, domain metadata, login scripts).</summary>
    public Runtime.LibraryDownloaders Downloaders() => new(Snapshot(), Revision);

    public UrlLookup LookupUrl(string url) => new UrlLookupService(Snapshot()).Lookup(url);

    /// <summary>The gallery URLs a GUG or nested GUG makes for a search.</summary>
    public IReadOnlyList<string> GalleryUrls(string gugName, string searchText) => new GugRunner(Snapshot().Gugs).Generate(gugName, searchText);

    /// <summary>
    /// A GUG, nested GUG or URL class with everything it needs, as one bundle; any other object (a parser, login script
    /// or domain metadata) alone.
    /// </summary>
    public ExportBundle Export(string name, LibraryKind? kind = null)
    {
        var row = resolver.Resolve(name, kind);
        var snapshot = Snapshot();
        var found = snapshot.Find(RowMapping.Kind(row.Kind), row.Name)!;
        return found.Kind is LibraryKind.Gug or LibraryKind.UrlClass
            ? new DownloaderExporter(snapshot).Export(found)
            : new ExportBundle(new DefinitionList([found.Definition]), $"hydrus {row.Kind} - {found.Name}", found.Name);
    }

    /// <summary>A manual link: the URL class is parsed by this parser (null: never parsed), whatever automatic linking says.</summary>
    public void Link(string urlClassName, string? parserName)
    {
        resolver.Resolve(urlClassName, LibraryKind.UrlClass);
        if (parserName is not null)
        {
            resolver.Resolve(parserName, LibraryKind.Parser);
        }

        database.Write(transaction =>
        {
            store.SetLink(transaction, urlClassName, parserName);
            store.BumpRevision(transaction);
            return 0;
        });
    }

    /// <summary>Removes a manual link, returning the class to automatic linking. False when there was none.</summary>
    public bool Unlink(string urlClassName) => database.Write(transaction =>
    {
        var removed = store.RemoveLink(transaction, urlClassName) > 0;
        if (removed)
        {
            store.BumpRevision(transaction);
        }

        return removed;
    });

    public LibraryObjectDetails Show(string name, LibraryKind? kind = null)
    {
        var row = resolver.Resolve(name, kind);
        var snapshot = Snapshot();
        var current = snapshot.Find(RowMapping.Kind(row.Kind), row.Name)!;
        var links = snapshot.Manager.Links;
        var parser = current.Kind == LibraryKind.UrlClass && links.TryGetValue(row.Name, out var linked) && linked != NamedDomainManager.NoParser ? linked : null;
        var classes = current.Kind == LibraryKind.Parser ? links.Where(link => link.Value == row.Name).Select(link => link.Key).Order(StringComparer.Ordinal).ToList() : [];
        var setAside = store.SetAside(row.ObjectId).Select(aside => new SetAsideEdit(
            DateTimeOffset.FromUnixTimeMilliseconds(aside.CreatedMs),
            (int)aside.UpstreamVersion,
            (int)aside.EditVersion,
            JsonSerializer.Deserialize<string?[][]>(aside.ConflictsJson)!.Select(conflict => new FieldConflict(conflict[0]!, conflict[1], conflict[2])).ToList(),
            aside.NativeJson)).ToList();
        return new LibraryObjectDetails(current, store.Versions(row.ObjectId).Count, parser, snapshot.ManualLinks.ContainsKey(row.Name), classes, setAside);
    }
}
