using HydraEngine.ClientApi.Endpoints;
using HydraEngine.ClientApi.Http;

namespace HydraEngine.ClientApi;

/// <summary>Every endpoint the API serves (the registry <see cref="ClientApiEndpoints.MapClientApi"/> maps).</summary>
internal static class EndpointCatalog
{
    public static IReadOnlyList<IApiEndpoint> All { get; } =
    [
        new ApiVersionEndpoint(),
        new RequestNewPermissionsEndpoint(),
        new SessionKeyEndpoint(),
        new VerifyAccessKeyEndpoint(),
        new GetServicesEndpoint(),
        new SearchFilesEndpoint(),
        new FileMetadataEndpoint(),
        new GetFileEndpoint(),
        new GetThumbnailEndpoint(),
    ];
}
