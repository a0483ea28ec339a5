using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// What travels beside an exported file: hydrus-style <c>NAME.EXT.txt</c> (display tags, one per line) and our
/// <c>NAME.EXT.json</c> (<c>{"hash","mime","tags":{"service":[…]},"urls":[…],"notes":{"name":"text"}}</c>, the
/// shape the sidecars plugin writes), and reading them back on <c>hydra import --sidecars</c>.
/// </summary>
internal sealed record Sidecar(IReadOnlyList<string> Tags, IReadOnlyDictionary<string, IReadOnlyList<string>> TagsByService, IReadOnlyList<string> Urls, IReadOnlyDictionary<string, string> Notes)
{
    public static readonly string[] Extensions = [".txt", ".json"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public bool IsEmpty => Tags.Count == 0 && TagsByService.Count == 0 && Urls.Count == 0 && Notes.Count == 0;

    /// <summary>Writes <c>TARGET.txt</c> and <c>TARGET.json</c> for <paramref name="report"/>.</summary>
    public static void Write(string target, FileReport report)
    {
        HydraEngine.Storage.Files.OutputFile.WriteLines(target + ".txt", report.AllDisplayTags);
        var tags = new JsonObject();
        foreach (var service in report.Tags.Where(service => service.StorageTags.Count > 0))
        {
            tags[service.Service] = new JsonArray([.. service.StorageTags.Select(tag => (JsonNode?)tag)]);
        }

        var json = new JsonObject
        {
            ["hash"] = report.Hash.ToHex(),
            ["mime"] = report.Metadata?.MimeString,
            ["tags"] = tags,
            ["urls"] = new JsonArray([.. report.Urls.Select(url => (JsonNode?)url)]),
            ["notes"] = new JsonObject(report.Notes.Select(note => KeyValuePair.Create(note.Key, (JsonNode?)note.Value))),
        };
        HydraEngine.Storage.Files.OutputFile.WriteText(target + ".json", json.ToJsonString(Indented) + "\n");
    }

    /// <summary>The largest sidecar read (tags, URLs and notes of one file).</summary>
    public const long MaximumBytes = 16L * 1024 * 1024;

    /// <summary>Reads the sidecars beside <paramref name="mediaPath"/> (either, both or neither).</summary>
    public static Sidecar Read(string mediaPath)
    {
        var tags = File.Exists(mediaPath + ".txt")
            ? ReadText(mediaPath + ".txt").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList()
            : [];
        var byService = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var urls = new List<string>();
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(mediaPath + ".json"))
        {
            JsonObject json;
            try
            {
                json = JsonNode.Parse(ReadText(mediaPath + ".json")) as JsonObject ?? throw new FormatException("it is not a JSON object");
                foreach (var (service, list) in json["tags"] as JsonObject ?? [])
                {
                    byService[service] = Strings(list);
                }

                urls.AddRange(Strings(json["urls"]));
                foreach (var (name, text) in json["notes"] as JsonObject ?? [])
                {
                    notes[name] = text?.GetValue<string>() ?? "";
                }
            }
            catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{mediaPath}.json is not a sidecar hydra can read ({exception.Message}); fix or remove it", exception);
            }
        }

        return new Sidecar(tags, byService, urls, notes);
    }

    /// <summary>
    /// A sidecar's text, read only from a regular file and never past <see cref="MaximumBytes"/>
    /// (an <see cref="IOException"/> says which and why; the import names the file and goes on).
    /// </summary>
    private static string ReadText(string path) =>
        System.Text.Encoding.UTF8.GetString(HydraEngine.Definitions.Files.InputFile.ReadAllBytes(path, MaximumBytes)).TrimStart('\uFEFF');

    /// <summary>Whether <paramref name="path"/> is a sidecar of a file in <paramref name="files"/> (NAME.EXT.txt beside NAME.EXT).</summary>
    public static bool IsSidecarOf(string path, ISet<string> files) =>
        Extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && files.Contains(path[..^extension.Length]));

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(item => item?.GetValue<string>() ?? "").Where(text => text.Length > 0)] : [];
}
