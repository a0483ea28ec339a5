namespace HydraEngine.Downloading.Watchers;

/// <summary>hydrus's checking status of a watcher or subscription query.</summary>
public enum CheckingStatus
{
    Ok = 0,
    Dead = 1,
    /// <summary>The thread answered 404 (or 403/400).</summary>
    Gone = 2,
}
