using System.Security.Cryptography;
using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Services;

/// <summary>Looks services up by name and adds user services (tag services and local file domains).</summary>
internal sealed class ServiceRegistry
{
    private readonly StoreDatabase database;
    private List<StoreService> services;

    public ServiceRegistry(StoreDatabase database)
    {
        this.database = database;
        services = Load();
    }

    public IReadOnlyList<StoreService> All => services;

    public IEnumerable<StoreService> TagServices => services.Where(service => service.IsTagService);

    public IEnumerable<StoreService> LocalFileDomains => services.Where(service => service.IsLocalFileDomain);

    public StoreService Get(int serviceId) => services.First(service => service.Id == serviceId);

    public StoreService TagService(string name) => Named(name, static service => service.IsTagService, "tag service");

    public StoreService LocalFileDomain(string name) => Named(name, static service => service.IsLocalFileDomain, "local file domain");

    public StoreService FileService(string name) => Named(name, static service => service.IsFileService, "file service");

    public StoreService RatingService(string name) => Named(name, static service => service.IsRatingService, "rating service");

    public StoreService Add(string name, ServiceType type)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new StoreException("a service needs a name");
        }

        if (type is not (ServiceType.LocalTag or ServiceType.LocalFileDomain or ServiceType.TagRepository or ServiceType.LocalRatingNumerical or ServiceType.LocalRatingLike or ServiceType.LocalRatingIncDec))
        {
            throw new StoreException("only tag services, tag repositories, local file domains and rating services can be added");
        }

        if (services.Any(service => string.Equals(service.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new StoreException($"a service named '{trimmed}' already exists");
        }

        using (var transaction = database.BeginWrite())
        {
            database.Execute(
                "INSERT INTO services (service_key, service_type, name) VALUES (@Key, @Type, @Name)",
                new { Key = RandomNumberGenerator.GetBytes(32), Type = (int)type, Name = trimmed });
            transaction.Complete();
        }

        services = Load();
        return services.Single(service => service.Name == trimmed);
    }

    private StoreService Named(string name, Func<StoreService, bool> kind, string what)
    {
        var found = services.FirstOrDefault(service => string.Equals(service.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null || !kind(found))
        {
            var known = string.Join(", ", services.Where(kind).Select(service => $"'{service.Name}'"));
            throw new StoreException($"there is no {what} named '{name}'; known: {known}");
        }

        return found;
    }

    private List<StoreService> Load() =>
        database.Query<(long Id, string Name, long Type)>("SELECT service_id, name, service_type FROM services ORDER BY service_id")
            .Select(row => new StoreService((int)row.Id, row.Name, (ServiceType)row.Type))
            .ToList();
}
