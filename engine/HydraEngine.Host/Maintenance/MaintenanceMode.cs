namespace HydraEngine.Host.Maintenance;

/// <summary>When <c>hydra serve</c> runs maintenance jobs (<c>--maintenance idle|shutdown|never</c>).</summary>
public enum MaintenanceMode
{
    /// <summary>In bounded slices while no download or request is active (the default).</summary>
    Idle,

    /// <summary>Only while the server stops, within its shutdown time.</summary>
    Shutdown,

    /// <summary>Never.</summary>
    Never,
}
