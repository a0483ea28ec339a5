namespace HydraEngine.ClientApi.Access;

/// <summary>
/// What an access key may do (hydrus's APIPermissions). The key itself is never kept: only its SHA-256
/// (<see cref="KeyHash"/>). A key asked for through <c>/request_new_permissions</c> is not <see cref="Approved"/>
/// until `hydra api keys approve`.
/// </summary>
public sealed record AccessKey(string Name, bool PermitsEverything, IReadOnlyList<ClientApiPermission> Permissions, bool Approved, DateTimeOffset Created)
{
    internal byte[] KeyHash { get; init; } = [];

    public bool Has(ClientApiPermission permission) => PermitsEverything || Permissions.Contains(permission);

    /// <summary>The permissions in effect: all of them when the key permits everything.</summary>
    public IReadOnlyList<ClientApiPermission> Effective => PermitsEverything ? PermissionNames.All : [.. Permissions.Order()];

    /// <summary>hydrus's human description: "API Permissions (NAME): can do anything" or the sorted permission names.</summary>
    public string HumanDescription =>
        $"API Permissions ({Name}): " + (PermitsEverything
            ? "can do anything"
            : Permissions.Count == 0 ? "does not have permission to do anything" : string.Join(", ", Permissions.Select(PermissionNames.Human).Order(StringComparer.Ordinal)));
}
