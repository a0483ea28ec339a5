using HydraEngine.Storage.Database;
using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Relations;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage;

/// <summary>The store's parts, wired once per open store (the composition root).</summary>
internal sealed class StoreComponents
{
    public StoreComponents(StoreDatabase database, StoreLocation location, TimeProvider clock)
    {
        Database = database;
        Clock = clock;
        Services = new ServiceRegistry(database);
        Layout = new FileLayout(location);
        HashIds = new HashIds(database);
        FilesInfo = new FilesInfo(database);
        Locations = new FileLocations(database);
        Urls = new KnownUrls(database);
        Notes = new FileNotes(database);
        Timestamps = new FileTimestamps(database);
        TagIds = new TagIds(database);
        Mappings = new CurrentMappings(database);
        Relations = new TagRelations(database, TagIds);
        Annotations = new FileAnnotationWriter(TagIds, Mappings, Urls, Notes, Timestamps);
        LocalHashes = new LocalHashTable(database);
        Ratings = new Ratings.RatingTable(database);
        SimilarFiles = new Duplicates.SimilarFilesRecords(database);
        DuplicateGroups = new Duplicates.DuplicateGroups(database);
        DuplicateUpdates = new Duplicates.DuplicateUpdates(database, DuplicateGroups, SimilarFiles);
        Importer = new FileImporter(database, Layout, HashIds, FilesInfo, Locations, new ImportRecorder(database, HashIds, FilesInfo, Locations, Timestamps, Annotations, LocalHashes, SimilarFiles), clock);
        Deleter = new FileDeleter(Locations, Services);
        Reports = new FileReports(database, this);
        Snapshots = new Search.DomainSnapshots(database);
    }

    public Search.DomainSnapshots Snapshots { get; }

    public StoreDatabase Database { get; }

    public TimeProvider Clock { get; }

    public ServiceRegistry Services { get; }

    public FileLayout Layout { get; }

    public HashIds HashIds { get; }

    public FilesInfo FilesInfo { get; }

    public FileLocations Locations { get; }

    public KnownUrls Urls { get; }

    public FileNotes Notes { get; }

    public FileTimestamps Timestamps { get; }

    public TagIds TagIds { get; }

    public CurrentMappings Mappings { get; }

    public TagRelations Relations { get; }

    public FileAnnotationWriter Annotations { get; }

    public LocalHashTable LocalHashes { get; }

    public Ratings.RatingTable Ratings { get; }

    public Duplicates.SimilarFilesRecords SimilarFiles { get; }

    public Duplicates.DuplicateGroups DuplicateGroups { get; }

    public Duplicates.DuplicateUpdates DuplicateUpdates { get; }

    public FileImporter Importer { get; }

    public FileDeleter Deleter { get; }

    public FileReports Reports { get; }

    public long NowMs => Clock.GetUtcNow().ToUnixTimeMilliseconds();
}
