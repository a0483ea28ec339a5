namespace HydraEngine.ClientApi.Access;

/// <summary>hydrus's Client API permissions under their ids, and our own beyond them (from 100).</summary>
public enum ClientApiPermission
{
    AddUrls = 0,
    AddFiles = 1,
    AddTags = 2,
    SearchFiles = 3,
    ManagePages = 4,
    ManageHeaders = 5,
    ManageDatabase = 6,
    AddNotes = 7,
    ManageFileRelationships = 8,
    EditRatings = 9,
    ManagePopups = 10,
    EditTimes = 11,
    CommitPending = 12,
    SeeLocalPaths = 13,

    /// <summary>HydraEngine's extension: list, add, pause, resume and check subscriptions.</summary>
    ManageSubscriptions = 100,
}
