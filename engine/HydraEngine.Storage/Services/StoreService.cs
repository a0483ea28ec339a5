namespace HydraEngine.Storage.Services;

/// <summary>A service of the store: a file domain, the trash, an umbrella domain, or a tag service.</summary>
public sealed record StoreService(int Id, string Name, ServiceType Type)
{
    public bool IsTagService => Type is ServiceType.LocalTag or ServiceType.TagRepository;

    /// <summary>A domain files can be imported into and deleted from.</summary>
    public bool IsLocalFileDomain => Type == ServiceType.LocalFileDomain;

    /// <summary>A local rating service (numerical, like/dislike or inc/dec).</summary>
    public bool IsRatingService => Type is ServiceType.LocalRatingNumerical or ServiceType.LocalRatingLike or ServiceType.LocalRatingIncDec;

    /// <summary>Any file service a search can run in (domains, trash, umbrellas).</summary>
    public bool IsFileService => !IsTagService && !IsRatingService;
}
