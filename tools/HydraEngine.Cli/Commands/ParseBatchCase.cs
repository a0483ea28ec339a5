using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Cli.Commands;

/// <summary>One input line of <c>hydra parse --batch</c>: <c>{"id": optional, "parser": path, "name": optional, "url": "...", "page": path}</c>.</summary>
internal sealed record ParseBatchCase(JsonNode? Id, string Parser, string? Name, string Url, string Page)
{
    private static readonly HashSet<string> Fields = ["id", "parser", "name", "url", "page"];

    /// <summary>Reads a line; a missing id is the line number. Throws <see cref="JsonException"/> or <see cref="FormatException"/> saying what is wrong.</summary>
    public static ParseBatchCase Read(string line, int number)
    {
        if (JsonNode.Parse(line) is not JsonObject json)
        {
            throw new FormatException("a case is a JSON object {\"id\", \"parser\", \"name\", \"url\", \"page\"}.");
        }

        if (json.Select(pair => pair.Key).FirstOrDefault(key => !Fields.Contains(key)) is { } unknown)
        {
            throw new FormatException($"unknown field \"{unknown}\"; a case has \"id\", \"parser\", \"name\", \"url\" and \"page\".");
        }

        return new ParseBatchCase(
            json.TryGetPropertyValue("id", out var id) && id is not null ? id : JsonValue.Create(number),
            Text(json, "parser", required: true)!,
            Text(json, "name", required: false),
            Text(json, "url", required: true)!,
            Text(json, "page", required: true)!);
    }

    private static string? Text(JsonObject json, string field, bool required)
    {
        var node = json[field];
        if (node is null)
        {
            return required ? throw new FormatException($"\"{field}\" is missing.") : null;
        }

        return node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw new FormatException($"\"{field}\" must be a string, not {node.GetValueKind().ToString().ToLowerInvariant()}.");
    }
}
