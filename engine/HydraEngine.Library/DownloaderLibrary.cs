using HydraEngine.Database;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library.Exporting;
using HydraEngine.Library.Importing;
using HydraEngine.Library.Lookup;
using HydraEngine.Library.Storage;
using HydraEngine.Library.Versioning;
using HydraEngine.Model.Common;
using HydraEngine.Strings;

namespace HydraEngine.Library;

/// <summary>
/// The downloader library in the engine's SQLite store: URL classes, GUGs, parsers, login scripts and domain
/// metadata, every version kept. Open it per command and dispose it; every change is one transaction.
/// </summary>
public sealed partial class DownloaderLibrary : IDisposable
{
    private readonly LibraryDatabase database;
    private readonly LibraryStore store;
    private readonly ObjectResolver resolver;
    private readonly VersionHistory history;
    private readonly LocalEditor editor;
    private readonly LibraryHealth health;
    private readonly StringServices strings;
    private readonly DefinitionReadOptions reading;

    private DownloaderLibrary(LibraryDatabase database, StringServices strings, DefinitionReadOptions reading)
    {
        this.database = database;
        this.strings = strings;
        this.reading = reading;
        store = new LibraryStore(database);
        resolver = new ObjectResolver(store);
        history = new VersionHistory(database, store);
        editor = new LocalEditor(database, store, ValidateEdit, reading);
        health = new LibraryHealth(database, store);
    }

    /// <summary>The database file in use.</summary>
    public string DatabasePath => database.Path;

    /// <summary>Goes up by one with every change to the library.</summary>
    public long Revision => store.Revision().Revision;

    /// <summary>Opens (creating if needed) the library in <paramref name="databasePath"/>, or in the default store.</summary>
    public static DownloaderLibrary Open(string? databasePath = null) => Open(databasePath, DatabaseOptions.Default);

    /// <summary>Opens the library with the engine's pragmas (synchronous level, profiler) and registries.</summary>
    /// <param name="databasePath">The store's database; the default store when null.</param>
    /// <param name="options">The engine's pragmas.</param>
    /// <param name="strings">The engine's string services (URL class converters run through them); the built-in ones when null.</param>
    /// <param name="reading">How the engine reads definitions (its plugin kinds); built-in kinds only when null.</param>
    /// <param name="clock">The engine's clock, which dates versions, links and test packs; the system's when null.</param>
    public static DownloaderLibrary Open(string? databasePath, DatabaseOptions options, StringServices? strings = null, DefinitionReadOptions? reading = null, TimeProvider? clock = null) =>
        new(LibraryDatabase.Open(LibraryLocation.Resolve(databasePath), options, clock ?? TimeProvider.System), strings ?? StringServices.Default, reading ?? new DefinitionReadOptions());

    public IReadOnlyList<LibraryObjectSummary> List(LibraryKind? kind = null)
    {
        var ids = store.Objects().ToDictionary(row => (RowMapping.Kind(row.Kind), row.Name), row => row.ObjectId);
        var counts = store.VersionCounts();
        return Snapshot().Objects
            .Where(item => kind is null || item.Kind == kind)
            .Select(item => new LibraryObjectSummary(
                item.Kind,
                item.Name,
                DefinitionDescriptions.HydrusNameOf(item.Definition),
                item.Version,
                ids.TryGetValue((item.Kind, item.Name), out var id) && counts.TryGetValue(id, out var count) ? (int)count : item.Version,
                item.Origin,
                item.LocalEditBase is not null))
            .ToList();
    }

    public LibraryObject Get(string name, LibraryKind? kind = null)
    {
        var row = resolver.Resolve(name, kind);
        return RowMapping.ToObject(row, store.Version(row.ObjectId, row.CurrentVersion)!);
    }

    public IReadOnlyList<LibraryVersion> History(string name, LibraryKind? kind = null) => history.History(resolver.Resolve(name, kind));

    /// <summary>A version's definition.</summary>
    public Definition GetVersion(string name, int version, LibraryKind? kind = null) => history.Load(resolver.Resolve(name, kind), version);

    /// <summary>Compares two versions; by default the previous one with the current one.</summary>
    public VersionDiff Diff(string name, int? from = null, int? to = null, LibraryKind? kind = null) => history.Diff(resolver.Resolve(name, kind), from, to);

    /// <summary>Makes an earlier version current again, as a new version.</summary>
    public LibraryVersion Rollback(string name, int version, LibraryKind? kind = null) => history.Rollback(resolver.Resolve(name, kind), version);

    /// <summary>A local edit: sets fields of the current version's native JSON.</summary>
    public LibraryVersion Edit(string name, IReadOnlyList<FieldAssignment> assignments, LibraryKind? kind = null) =>
        assignments.Count == 0 ? throw new LibraryException("give at least one --set FIELD=VALUE, or --from FILE") : editor.Edit(resolver.Resolve(name, kind), assignments);

    /// <summary>A local edit: the object as a file holds it (same kind and name).</summary>
    public LibraryVersion EditFrom(string name, string file, LibraryKind? kind = null) => editor.EditFrom(resolver.Resolve(name, kind), DefinitionLoader.LoadFile(file, reading));

    /// <summary>Stored current versions that no longer load; every command skips them (see <see cref="Unloadable"/>).</summary>
    public IReadOnlyList<UnloadableDefinition> Check() => Snapshot().Unloadable;

    /// <summary>Rolls each unloadable object back to its newest version that loads, or removes it when none does.</summary>
    public IReadOnlyList<RepairedDefinition> Repair() => health.Repair(Check());

    /// <summary>The rows the current snapshot skipped because they do not load (commands warn about them).</summary>
    public IReadOnlyList<UnloadableDefinition> Unloadable => Snapshot().Unloadable;

    public void Dispose() => database.Dispose();

    internal LibrarySnapshot Snapshot()
    {
        var (libraryId, revision) = store.Revision();
        return SnapshotCache.Get(strings, database.Path, libraryId, revision, () =>
        {
            var (loaded, unloadable) = health.LoadCurrent();
            return new LibrarySnapshot(loaded, store.Links().ToDictionary(link => link.UrlClassName, link => link.ParserName, StringComparer.Ordinal), strings, unloadable);
        });
    }

    private void ValidateEdit(ObjectRow row, Definition edited)
    {
        var kind = RowMapping.Kind(row.Kind);
        var diagnostics = new List<DefinitionDiagnostic>();
        var change = new PlannedChange(ImportAction.Replace, kind, row.Name, DefinitionDescriptions.HydrusNameOf(edited), "local edit", edited, edited, (int)row.CurrentVersion, [], null);
        new ImportChecks(Snapshot().With([(kind, row.Name, edited)]), diagnostics).Check(change);
        var errors = diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new LibraryException($"the edit would break {row.Kind} '{row.Name}': {string.Join("; ", errors.Select(error => error.Message))}", errors);
        }
    }
}
