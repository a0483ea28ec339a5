namespace HydraEngine.Editor.Http;

/// <summary>A request the editor refuses: the HTTP status, where in the request (a JSON Pointer or a field name) and why.</summary>
public sealed class EditorRequestException(int status, string where, string message, System.Text.Json.Nodes.JsonArray? diagnostics = null) : Exception(message)
{
    /// <summary>A definition's diagnostics, when that is why the request was refused.</summary>
    public System.Text.Json.Nodes.JsonArray? Diagnostics { get; } = diagnostics;

    public int Status { get; } = status;

    public string Where { get; } = where;
}
