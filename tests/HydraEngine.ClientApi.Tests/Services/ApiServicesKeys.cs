namespace HydraEngine.ClientApi.Tests.Services;

/// <summary>Service keys the tests look for (hex of hydrus's fixed keys).</summary>
internal static class ApiServicesKeys
{
    public const string MyTags = "6c6f63616c2074616773";
    public const string DownloaderTags = "646f776e6c6f616465722074616773";
    public const string MyFiles = "6c6f63616c2066696c6573";
}
