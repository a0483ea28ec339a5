namespace HydraEngine.ClientApi;

/// <summary>How the API serves: peers, CORS and body limits.</summary>
public sealed record ClientApiOptions
{
    public static ClientApiOptions Default { get; } = new();

    /// <summary>hydrus's "allow non-local connections": off refuses every peer but loopback with 403.</summary>
    public bool AllowNonLocal { get; init; }

    /// <summary>hydrus's "support CORS": answers browsers from any origin.</summary>
    public bool Cors { get; init; }

    /// <summary>The largest JSON or CBOR body read (larger: 413).</summary>
    public long MaxJsonBodyBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>The largest file sent to <c>/add_files/add_file</c> as raw bytes (streamed to a temporary file).</summary>
    public long MaxFileBodyBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Where thumbnails and uploads are kept; default: beside the store's files.</summary>
    public string? WorkFolder { get; init; }
}
