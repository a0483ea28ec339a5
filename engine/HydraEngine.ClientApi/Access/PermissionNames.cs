namespace HydraEngine.ClientApi.Access;

/// <summary>How hydrus names each permission in its messages, and the short names our CLI takes.</summary>
public static class PermissionNames
{
    private static readonly Dictionary<ClientApiPermission, (string Human, string Short)> Names = new()
    {
        [ClientApiPermission.AddUrls] = ("import and edit urls", "urls"),
        [ClientApiPermission.AddFiles] = ("import and delete files", "files"),
        [ClientApiPermission.AddTags] = ("edit file tags", "tags"),
        [ClientApiPermission.SearchFiles] = ("search for and fetch files", "search"),
        [ClientApiPermission.ManagePages] = ("manage pages", "pages"),
        [ClientApiPermission.ManageHeaders] = ("manage cookies and headers", "headers"),
        [ClientApiPermission.ManageDatabase] = ("manage database", "database"),
        [ClientApiPermission.AddNotes] = ("edit file notes", "notes"),
        [ClientApiPermission.ManageFileRelationships] = ("edit file relationships", "relationships"),
        [ClientApiPermission.EditRatings] = ("edit file ratings", "ratings"),
        [ClientApiPermission.ManagePopups] = ("manage popups", "popups"),
        [ClientApiPermission.EditTimes] = ("edit file times", "times"),
        [ClientApiPermission.CommitPending] = ("commit pending", "commit"),
        [ClientApiPermission.SeeLocalPaths] = ("see local file paths", "paths"),
        [ClientApiPermission.ManageSubscriptions] = ("manage subscriptions", "subscriptions"),
    };

    /// <summary>Every permission, in id order.</summary>
    public static IReadOnlyList<ClientApiPermission> All { get; } = [.. Names.Keys.Order()];

    public static string Human(ClientApiPermission permission) => Names[permission].Human;

    public static string Short(ClientApiPermission permission) => Names[permission].Short;

    /// <summary>A permission by short name ("search"), enum name ("SearchFiles") or id ("3"); null when unknown.</summary>
    public static ClientApiPermission? Parse(string text)
    {
        var wanted = text.Trim();
        if (int.TryParse(wanted, out var id) && Enum.IsDefined((ClientApiPermission)id))
        {
            return (ClientApiPermission)id;
        }

        foreach (var (permission, names) in Names)
        {
            if (string.Equals(names.Short, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(permission.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return permission;
            }
        }

        return null;
    }
}
