using HydraEngine.Storage.Database;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Repositories;

/// <summary>The repositories a store knows (<c>repository_services</c>, one row per tag repository service).</summary>
internal sealed class RepositoryCatalog(StoreDatabase database, ServiceRegistry services)
{
    public const string UpdateDomainName = "repository updates";

    /// <summary>Hydrus processes these for a tag repository.</summary>
    public static IReadOnlySet<RepositoryContentType> TagContentTypes { get; } =
        new HashSet<RepositoryContentType> { RepositoryContentType.Mappings, RepositoryContentType.TagSiblings, RepositoryContentType.TagParents };

    public RepositoryService Add(string name, string host, int port, byte[] accessKey)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            throw new StoreException("a repository needs a host");
        }

        if (port is < 1 or > 65535)
        {
            throw new StoreException($"port {port} is not a TCP port (1-65535)");
        }

        if (accessKey.Length != 32)
        {
            throw new StoreException($"an access key is 32 bytes (64 hex digits); this one has {accessKey.Length} bytes");
        }

        using var transaction = database.BeginWrite();
        var service = services.Add(name, ServiceType.TagRepository);
        database.Execute(
            "INSERT INTO repository_services (service_id, host, port, access_key, content_types) VALUES (@Id, @host, @port, @accessKey, @types)",
            new { service.Id, host = host.Trim(), port, accessKey, types = Encode(TagContentTypes) });
        transaction.Complete();
        return Get(service.Name);
    }

    public IReadOnlyList<RepositoryService> All() =>
        services.All.Where(service => service.Type == ServiceType.TagRepository).Select(service => Read(service)).ToList();

    public RepositoryService Get(string name)
    {
        var service = services.All.FirstOrDefault(known => known.Type == ServiceType.TagRepository && string.Equals(known.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (service is null)
        {
            var known = string.Join(", ", services.All.Where(each => each.Type == ServiceType.TagRepository).Select(each => $"'{each.Name}'"));
            throw new StoreException($"there is no repository named '{name}'; known: {(known.Length == 0 ? "none (add one with 'hydra repos add')" : known)}");
        }

        return Read(service);
    }

    public int UpdateDomainId => services.All.Single(service => service.Type == ServiceType.LocalUpdateDomain).Id;

    public void Set(int serviceId, string column, object? value)
    {
        using var transaction = database.BeginWrite();
        database.Execute($"UPDATE repository_services SET {column} = @value WHERE service_id = @serviceId", new { value, serviceId });
        transaction.Complete();
    }

    public void SetContentTypes(int serviceId, IEnumerable<RepositoryContentType> types) => Set(serviceId, "content_types", Encode(types));

    public void AddProcessingCost(int serviceId, long rows, long milliseconds) =>
        database.Execute(
            "UPDATE repository_services SET rows_processed = rows_processed + @rows, processing_ms = processing_ms + @milliseconds WHERE service_id = @serviceId",
            new { rows, milliseconds, serviceId });

    private RepositoryService Read(StoreService service)
    {
        var row = database.QuerySingleOrDefault<Row>(
            """
            SELECT host AS Host, port AS Port, access_key AS AccessKey, session_key AS SessionKey, session_expires AS SessionExpires,
                   paused AS Paused, content_types AS ContentTypes, next_update_due AS NextUpdateDue, account AS Account,
                   last_error AS LastError, rows_processed AS RowsProcessed, processing_ms AS ProcessingMs
            FROM repository_services WHERE service_id = @Id
            """,
            new { service.Id }) ?? throw new StoreException($"the repository '{service.Name}' has no connection settings; remove it and add it again");
        return new RepositoryService(
            service.Id, service.Name, row.Host, (int)row.Port, row.AccessKey, row.SessionKey, row.SessionExpires, row.Paused != 0,
            Decode(row.ContentTypes), row.NextUpdateDue, row.Account, row.LastError, row.RowsProcessed, row.ProcessingMs);
    }

    private static string Encode(IEnumerable<RepositoryContentType> types) => string.Join(",", types.Select(type => (int)type).Order());

    private static HashSet<RepositoryContentType> Decode(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part => (RepositoryContentType)int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    private sealed record Row
    {
        public string Host { get; init; } = "";

        public long Port { get; init; }

        public byte[] AccessKey { get; init; } = [];

        public byte[]? SessionKey { get; init; }

        public long SessionExpires { get; init; }

        public long Paused { get; init; }

        public string ContentTypes { get; init; } = "";

        public long NextUpdateDue { get; init; }

        public string? Account { get; init; }

        public string? LastError { get; init; }

        public long RowsProcessed { get; init; }

        public long ProcessingMs { get; init; }
    }
}
