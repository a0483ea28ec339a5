namespace HydraEngine.Repositories.Tests.Peer;

/// <summary>A fact that needs the real hydrus server; skipped, saying what is missing, when it cannot run here.</summary>
public sealed class HydrusPeerFactAttribute : FactAttribute
{
    public HydrusPeerFactAttribute()
    {
        if (HydrusPeerRequirements.Missing is { } missing)
        {
            Skip = $"the real hydrus server cannot run here ({missing}): repository synchronisation against it was NOT checked.";
        }
    }
}
