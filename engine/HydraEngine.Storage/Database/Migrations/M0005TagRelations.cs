namespace HydraEngine.Storage.Database.Migrations;

/// <summary>Tag siblings and parents, per tag service.</summary>
internal sealed class M0005TagRelations : IMigration
{
    public int Version => 5;

    public string Name => "tag siblings and parents";

    public void Apply(StoreDatabase database)
    {
        database.Execute("""
            CREATE TABLE tag_siblings (
              service_id INTEGER NOT NULL,
              bad_tag_id INTEGER NOT NULL,
              good_tag_id INTEGER NOT NULL,
              PRIMARY KEY (service_id, bad_tag_id)) WITHOUT ROWID;

            CREATE TABLE tag_parents (
              service_id INTEGER NOT NULL,
              child_tag_id INTEGER NOT NULL,
              parent_tag_id INTEGER NOT NULL,
              PRIMARY KEY (service_id, child_tag_id, parent_tag_id)) WITHOUT ROWID;
            """);
    }
}
