namespace HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;

/// <summary>hydrus content type values that content parser upgrades test.</summary>
internal static class ContentTypes
{
    public const int Mappings = 0;
    public const int Urls = 7;
    public const int Veto = 8;
    public const int Hash = 15;
}
