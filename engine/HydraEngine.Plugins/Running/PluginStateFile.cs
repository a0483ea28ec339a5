using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Plugins.Running;

/// <summary>
/// Which plugins are disabled, and why, kept between runs in a small JSON file (by default
/// <c>plugin-state.json</c> beside the plugins folder):
/// <c>{"disabled": {"Some.Plugin": {"reason": "disabled by the user", "since": "2025-01-02T03:04:05+00:00"}}}</c>.
/// Plugins not listed are enabled, so a plugin dropped into the folder is used at the next start. A plugin that
/// misbehaves is written here with the reason; <c>hydra plugins enable ID</c> removes it again.
/// </summary>
internal sealed class PluginStateFile(string path)
{
    public const string UserReason = "disabled by the user";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Lock gate = new();

    public string Path { get; } = path;

    /// <summary>Disabled plugins by id, with their reasons.</summary>
    public IReadOnlyDictionary<string, string> ReadDisabled()
    {
        lock (gate)
        {
            return Read().ToDictionary(pair => pair.Key, pair => (string?)pair.Value?["reason"] ?? UserReason, StringComparer.Ordinal);
        }
    }

    public void Disable(string id, string reason, DateTimeOffset since) => Update(disabled =>
        disabled[id] = new JsonObject { ["reason"] = reason, ["since"] = since.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>Enables a plugin; false when it was not disabled.</summary>
    public bool Enable(string id)
    {
        var removed = false;
        Update(disabled => removed = disabled.Remove(id));
        return removed;
    }

    private void Update(Action<JsonObject> change)
    {
        lock (gate)
        {
            var disabled = Read();
            change(disabled);
            var text = new JsonObject { ["disabled"] = disabled }.ToJsonString(Indented) + "\n";
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
            Directory.CreateDirectory(directory);
            var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Environment.ProcessId}.tmp");
            File.WriteAllText(temporary, text);
            File.Move(temporary, Path, overwrite: true);
        }
    }

    private JsonObject Read()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var root = ParseOrNull(File.ReadAllText(Path)) as JsonObject;
        if (root is not null && root.Count == 1 && root["disabled"] is JsonObject disabled && disabled.All(pair => pair.Value is JsonObject { } entry && entry["reason"] is JsonValue))
        {
            return (JsonObject)disabled.DeepClone();
        }

        throw new PluginException("", $"the plugin state file {Path} is not {{\"disabled\": {{\"ID\": {{\"reason\": \"...\"}}}}}}; fix or delete it (deleting enables every plugin).", pluginDisabled: false);
    }

    private static JsonNode? ParseOrNull(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
