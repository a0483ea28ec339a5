using System.Text;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Http;
using HydraEngine.Storage.Ratings;
using HydraEngine.Storage.Services;

namespace HydraEngine.ClientApi.Services;

/// <summary>
/// The store's services as hydrus's API shows them: service keys (hydrus's own constants for the services every
/// client has, the hex of the UTF-8 name for the rest), type ids and type names, and the virtual "all known tags".
/// </summary>
internal static class ApiServices
{
    public const string AllKnownTags = "all known tags";

    private static readonly Dictionary<ServiceType, (int Type, string Pretty, string ListName)> Types = new()
    {
        [ServiceType.LocalTag] = (5, "local tag domain", "local_tags"),
        [ServiceType.TagRepository] = (0, "hydrus tag repository", "tag_repositories"),
        [ServiceType.LocalUpdateDomain] = (20, "local update file domain", "local_updates"),
        [ServiceType.LocalFileDomain] = (2, "local file domain", "local_files"),
        [ServiceType.CombinedLocalFile] = (15, "virtual combined local file domain", "all_local_files"),
        [ServiceType.CombinedLocalMedia] = (21, "virtual combined local media domain", "all_local_media"),
        [ServiceType.LocalFileTrashDomain] = (14, "local trash file domain", "trash"),
        [ServiceType.LocalRatingNumerical] = (6, "local numerical rating service", ""),
        [ServiceType.LocalRatingLike] = (7, "local like/dislike rating service", ""),
        [ServiceType.LocalRatingIncDec] = (22, "local inc/dec rating service", ""),
    };

    /// <summary>hydrus's fixed keys for the services every client starts with.</summary>
    private static readonly Dictionary<string, string> FixedKeys = new(StringComparer.Ordinal)
    {
        [ServiceCatalog.MyTags] = "local tags",
        [ServiceCatalog.MyFiles] = "local files",
        [ServiceCatalog.AllMyFiles] = "all local media",
        [ServiceCatalog.AllLocalFiles] = "all local files",
        [ServiceCatalog.Trash] = "trash",
        [ServiceCatalog.DownloaderTags] = "downloader tags",
        ["repository updates"] = "repository updates",
    };

    public static string KeyOf(string serviceName) =>
        Convert.ToHexStringLower(Encoding.UTF8.GetBytes(FixedKeys.GetValueOrDefault(serviceName, serviceName)));

    public static string NameOfKey(string keyHex, string parameter)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(keyHex);
        }
        catch (FormatException)
        {
            throw ApiException.BadParameter(parameter, $"holds '{keyHex}', which is not a hex service key");
        }

        var text = Encoding.UTF8.GetString(bytes);
        return FixedKeys.FirstOrDefault(pair => pair.Value == text).Key ?? text;
    }

    public static int TypeOf(StoreService service) => Describe(service.Type).Type;

    /// <summary>The <c>services</c> object (by key) of <c>get_services</c> and <c>file_metadata</c>; rating services carry their star settings.</summary>
    public static JsonObject ServicesObject(IEnumerable<StoreService> services, IReadOnlyList<RatingService>? ratings = null)
    {
        var result = new JsonObject();
        foreach (var service in Shown(services))
        {
            var entry = new JsonObject { ["name"] = service.Name, ["type"] = service.Type, ["type_pretty"] = service.Pretty };
            result[KeyOf(service.Name)] = WithRatingDetails(entry, service.Name, ratings);
        }

        return result;
    }

    /// <summary>The <c>services_v2</c> list; rating services carry their star settings.</summary>
    public static JsonArray ServicesList(IEnumerable<StoreService> services, IReadOnlyList<RatingService>? ratings = null) =>
        [.. Shown(services).Select(service => WithRatingDetails(Entry(service.Name, service.Type, service.Pretty), service.Name, ratings))];

    /// <summary>The legacy lists keyed by kind (<c>local_tags</c>, <c>local_files</c>, …) of <c>get_services</c>.</summary>
    public static JsonObject LegacyLists(IEnumerable<StoreService> services)
    {
        var result = new JsonObject();
        foreach (var listName in new[] { "local_tags", "tag_repositories", "local_files", "local_updates", "file_repositories", "all_local_files", "all_local_media", "all_known_files", "all_known_tags", "trash" })
        {
            result[listName] = new JsonArray([.. Shown(services).Where(service => service.ListName == listName).Select(service => Entry(service.Name, service.Type, service.Pretty))]);
        }

        return result;
    }

    private static JsonObject WithRatingDetails(JsonObject entry, string name, IReadOnlyList<RatingService>? ratings)
    {
        if (ratings?.FirstOrDefault(rating => rating.Name == name) is { } rating)
        {
            RatingJson.AddDetails(entry, rating);
        }

        return entry;
    }

    public static JsonObject Entry(string name, int type, string pretty) =>
        new() { ["name"] = name, ["service_key"] = KeyOf(name), ["type"] = type, ["type_pretty"] = pretty };

    public static JsonObject Entry(StoreService service) =>
        Entry(service.Name, Describe(service.Type).Type, Describe(service.Type).Pretty);

    /// <summary>A service type's hydrus id and name; a type hydrus's API does not list keeps its number and our name.</summary>
    private static (int Type, string Pretty, string ListName) Describe(ServiceType type) =>
        Types.TryGetValue(type, out var known) ? known : ((int)type, type.ToString(), "");

    private static IEnumerable<(string Name, int Type, string Pretty, string ListName)> Shown(IEnumerable<StoreService> services) =>
        services.Where(service => Types.ContainsKey(service.Type))
            .Select(service => (service.Name, Types[service.Type].Type, Types[service.Type].Pretty, Types[service.Type].ListName))
            .Append((AllKnownTags, 10, "virtual combined tag domain", "all_known_tags"));
}
