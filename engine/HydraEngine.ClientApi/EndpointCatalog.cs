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
        new GetServiceEndpoint(),
        new SearchFilesEndpoint(),
        new FileMetadataEndpoint(),
        new GetFileEndpoint(),
        new GetThumbnailEndpoint(),
        new RenderEndpoint(),
        new FileHashesEndpoint(),
        new AddFileEndpoint(),
        new DeleteFilesEndpoint(),
        new UndeleteFilesEndpoint(),
        new ArchiveFilesEndpoint(),
        new UnarchiveFilesEndpoint(),
        new AddUrlEndpoint(),
        new GetUrlInfoEndpoint(),
        new GetUrlFilesEndpoint(),
        new AssociateUrlEndpoint(),
        new AddTagsEndpoint(),
        new SearchTagsEndpoint(),
        new CleanTagsEndpoint(),
        new SiblingsAndParentsEndpoint(),
        new SetRatingEndpoint(),
        new SetNotesEndpoint(),
        new DeleteNotesEndpoint(),
        new GetCookiesEndpoint(),
        new SetCookiesEndpoint(),
        new GetHeadersEndpoint(),
        new SetHeadersEndpoint(),
        new SetUserAgentEndpoint(),
        new MrBonesEndpoint(),
        new ClientOptionsEndpoint(),
        new GetPagesEndpoint(),
        new GetPageInfoEndpoint(),
        new AddFilesToPageEndpoint(),
        new FocusPageEndpoint(),
        new RefreshPageEndpoint(),
        new GetFileRelationshipsEndpoint(),
        new GetPotentialsCountEndpoint(),
        new GetPotentialPairsEndpoint(),
        new GetRandomPotentialsEndpoint(),
        new SetFileRelationshipsEndpoint(),
        new SetKingsEndpoint(),
        new RemovePotentialsEndpoint(),
        new GetSubscriptionsEndpoint(),
        new AddSubscriptionEndpoint(),
        new PauseSubscriptionEndpoint(pause: true),
        new PauseSubscriptionEndpoint(pause: false),
        new CheckSubscriptionNowEndpoint(),
    ];
}
