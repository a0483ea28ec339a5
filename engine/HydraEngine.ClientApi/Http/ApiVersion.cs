namespace HydraEngine.ClientApi.Http;

/// <summary>The hydrus Client API and hydrus versions whose behaviour this API follows.</summary>
public static class ApiVersion
{
    public const int ClientApi = 95;

    public const int Hydrus = 682;

    public static string ServerHeader => $"client api/{ClientApi} (HydraEngine, hydrus {Hydrus})";
}
