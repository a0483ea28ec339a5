namespace HydraEngine.Storage.Database.Migrations;

/// <summary>Every migration, in order. Add new ones at the end.</summary>
internal static class MigrationCatalog
{
    public static IReadOnlyList<IMigration> All { get; } =
    [
        new M0001Services(),
        new M0002Files(),
        new M0003Tags(),
        new M0004FileMetadata(),
        new M0005TagRelations(),
        new M0006LocalHashes(),
        new M0007Repositories(),
        new M0008Duplicates(),
        new M0009Ratings(),
    ];
}
