namespace HydraEngine.Editor;

/// <summary>How the editor serves: only this machine's browsers unless a host embeds it with non-local peers allowed (hydra serve never does).</summary>
public sealed record EditorOptions
{
    public static EditorOptions Default { get; } = new();

    /// <summary>As the Client API's "allow non-local connections": off refuses every peer but loopback with 403.</summary>
    public bool AllowNonLocal { get; init; }

    /// <summary>The largest request body read (a definition, a page, a PNG); larger: 413.</summary>
    public long MaxBodyBytes { get; init; } = 64L * 1024 * 1024;
}
