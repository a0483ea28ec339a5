using HydraEngine.ClientApi.Access;

namespace HydraEngine.ClientApi.Http;

/// <summary>Who may call an endpoint: anyone, any valid key, or a key with at least one of <see cref="AnyOf"/>.</summary>
internal sealed record AccessRule(bool NeedsKey, IReadOnlyList<ClientApiPermission> AnyOf)
{
    public static AccessRule Open { get; } = new(false, []);

    public static AccessRule AnyKey { get; } = new(true, []);

    public static AccessRule Needs(params ClientApiPermission[] anyOf) => new(true, anyOf);

    /// <summary>Throws hydrus's 403 when <paramref name="key"/> lacks every permission this rule accepts.</summary>
    public void Check(AccessKey key)
    {
        if (AnyOf.Count == 0 || AnyOf.Any(key.Has))
        {
            return;
        }

        throw AnyOf.Count == 1
            ? ApiException.InsufficientCredentials($"You do not have permission to: {PermissionNames.Human(AnyOf[0])}")
            : ApiException.InsufficientCredentials($"You need at least one these permissions: {string.Join(", ", AnyOf.Select(PermissionNames.Human))}");
    }
}
