namespace HydraEngine.Storage.Database.Migrations;

/// <summary>One schema step. Each runs once, in its own transaction, recorded in <c>schema_versions</c> (component <c>store</c>).</summary>
internal interface IMigration
{
    /// <summary>Strictly increasing from 1; never reused or renumbered once shipped.</summary>
    int Version { get; }

    string Name { get; }

    void Apply(StoreDatabase database);
}
