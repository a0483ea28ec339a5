using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>The download commands' JSON: compact, one line, characters as they are (no \u0022 for quotes).</summary>
internal static class DownloadJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Text(JsonNode node) => node.ToJsonString(Options);
}
