namespace HydraEngine.ClientApi.Http;

/// <summary>One Client API endpoint: where it answers, who may call it, and what it does.</summary>
internal interface IApiEndpoint
{
    /// <summary>The path, e.g. <c>/get_files/search_files</c>.</summary>
    string Path { get; }

    /// <summary>"GET" or "POST".</summary>
    string Method { get; }

    AccessRule Access { get; }

    Task HandleAsync(ApiRequest request);
}
