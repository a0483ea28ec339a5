namespace HydraEngine.Definitions.Hydrus;

/// <summary>How reading one tuple failed; hydrus treats the two kinds differently inside lists.</summary>
internal enum ReadFailure
{
    None,

    /// <summary>Bad shape, failed upgrade or initialise: a containing List drops just this item.</summary>
    Serialisation,

    /// <summary>Unknown type id: not caught by the containing List, which then fails as a whole.</summary>
    UnknownType,
}
