using HydraEngine.ClientApi.Http;
using HydraEngine.Storage;
using HydraEngine.Storage.Services;

namespace HydraEngine.ClientApi.Services;

/// <summary>Service parameters by key (<c>*_service_key</c>) or, for older clients, by name (<c>*_service_name</c>).</summary>
internal static class ServiceArguments
{
    /// <summary>The tag service asked for by <c>tag_service_key</c>/<c>tag_service_name</c>; null for "all known tags" or none.</summary>
    public static string? TagService(ApiArguments args, HydraStore store) =>
        Named(args, "tag_service") is { } name && name != ApiServices.AllKnownTags ? Check(store, name, "tag_service_key", service => service.IsTagService) : null;

    /// <summary>The file domain asked for by <c>file_service_key</c>/<c>file_service_name</c>; <paramref name="fallback"/> when none.</summary>
    public static string FileDomain(ApiArguments args, HydraStore store, string fallback)
    {
        if (args.OptionalStringList("file_service_keys") is { Count: > 0 } keys)
        {
            return Check(store, ApiServices.NameOfKey(keys[0], "file_service_keys"), "file_service_keys", service => service.IsFileService);
        }

        return Named(args, "file_service") is { } name ? Check(store, name, "file_service_key", service => service.IsFileService) : fallback;
    }

    /// <summary>A tag service named by a key of a <c>service_keys_to_…</c> dictionary, or by name in a <c>service_names_to_…</c> one.</summary>
    public static string TagServiceNamed(HydraStore store, string keyOrName, bool byKey, string parameter) =>
        Check(store, byKey ? ApiServices.NameOfKey(keyOrName, parameter) : keyOrName, parameter, service => service.IsTagService);

    private static string? Named(ApiArguments args, string stem) =>
        args.OptionalString(stem + "_key") is { } key ? ApiServices.NameOfKey(key, stem + "_key") : args.OptionalString(stem + "_name");

    private static string Check(HydraStore store, string name, string parameter, Func<StoreService, bool> kind) =>
        store.Services.FirstOrDefault(service => service.Name == name && kind(service))?.Name
            ?? throw ApiException.BadParameter(parameter, $"names the service '{name}', which this client does not have (or which is of the wrong kind)");
}
