namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>hydrus URL class types that URL class upgrades test.</summary>
internal static class UrlTypes
{
    public const int Post = 0;
    public const int File = 2;
    public const int Gallery = 3;
    public const int Watchable = 4;
}
