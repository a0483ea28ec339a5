namespace HydraEngine.Definitions.Hydrus;

/// <summary>What HydraEngine knows of one hydrus serialisable type id.</summary>
internal sealed record HydrusTypeInfo(int TypeId, string HydrusName, int CurrentVersion, bool IsNamed);
