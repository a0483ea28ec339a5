using System.Text.Json;
using HydraEngine.Definitions.Files;

namespace HydraEngine.Plugins.Manifests;

/// <summary>Reads <c>plugin.json</c> strictly: every problem is reported, together.</summary>
internal static class PluginManifestReader
{
    private static readonly string[] Keys = ["id", "version", "entry_assembly", "contract_version"];

    /// <summary>A manifest is a few lines; anything bigger is not one (and an endless file is never read whole).</summary>
    public const long MaximumBytes = 64 * 1024;

    /// <summary>The manifest, or null with every problem in <paramref name="problems"/>.</summary>
    public static PluginManifest? Read(string path, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(InputFile.ReadAllBytes(path, MaximumBytes));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            found.Add($"cannot read {PluginManifest.FileName}: {exception.Message}");
            return null;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            found.Add($"{PluginManifest.FileName} is not valid JSON (or not UTF-8): {exception.Message}");
            return null;
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, found);
            }
            catch (InvalidOperationException exception)
            {
                found.Add($"{PluginManifest.FileName} holds text that is not valid Unicode (a lone surrogate escape): {exception.Message}");
                return null;
            }
        }
    }

    private static PluginManifest? Read(JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{PluginManifest.FileName} must be a JSON object with {string.Join(", ", Keys)}.");
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                problems.Add($"\"{property.Name}\" appears more than once.");
            }
            else if (!Keys.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add($"\"{property.Name}\" is not a manifest key; the keys are: {string.Join(", ", Keys)}.");
            }
        }

        var id = Text(root, "id", problems);
        var version = Text(root, "version", problems);
        var entry = Text(root, "entry_assembly", problems);
        var contractText = Text(root, "contract_version", problems);
        var contract = contractText is null ? null : ContractLevel.Parse(contractText);
        if (contractText is not null && contract is null)
        {
            problems.Add($"\"contract_version\" must be major.minor, like \"{ContractLevel.Host}\"; found \"{contractText}\".");
        }

        if (entry is not null && (Path.GetFileName(entry) != entry || !entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"\"entry_assembly\" must be a .dll file name in the plugin's folder; found \"{entry}\".");
        }

        return problems.Count == 0 ? new PluginManifest(id!, version!, entry!, contract!) : null;
    }

    private static string? Text(JsonElement root, string key, List<string> problems)
    {
        if (!root.TryGetProperty(key, out var value))
        {
            problems.Add($"\"{key}\" is missing.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"\"{key}\" must be a non-empty string.");
            return null;
        }

        return value.GetString();
    }
}
