using System.Text;
using System.Text.Json.Nodes;

namespace HydraEngine.Fuzz.Api;

/// <summary>
/// Request bodies and query strings a careless or hostile client sends: hydrus's argument names with values of the
/// wrong type, huge, deeply nested, empty, with lone surrogates or control characters; bodies that are not JSON.
/// </summary>
internal static class HostileRequests
{
    private static readonly string[] Arguments =
    [
        "hash", "hashes", "file_id", "file_ids", "tags", "tag", "url", "urls", "service_key", "service_keys_to_tags",
        "service_keys_to_actions_to_tags", "service_names_to_tags", "notes", "note_names", "path", "bytes", "cookies",
        "headers", "user-agent", "domain", "name", "search", "tag_service_key", "file_service_key", "file_sort_type",
        "return_hashes", "return_file_ids", "only_return_identifiers", "include_notes", "destination_page_name",
        "destination_page_key", "page_key", "show_destination_page", "filterable_tags", "reason", "timestamp",
        "timestamp_type", "rating", "rating_service_key", "relationships", "pair_rows", "potentials_search_type",
        "max_hamming_distance", "limit", "width", "height", "render_format", "download", "canonical_url",
        "url_to_add", "url_to_delete", "normalised_url", "doublecheck_file_system", "hash_type", "source_hash_type",
        "desired_hash_type", "session_key", "permits_everything", "basic_permissions",
    ];

    private static readonly string[] Texts =
    [
        "", " ", "\0", "\ud800", "\udfff x", "a\u0085b", "\u202e", "system:everything", "-", "*", "blue eyes",
        "https://", "http://[::1]:99999/x", "file:///etc/passwd", "../../../../etc/passwd", "javascript:alert(1)",
        "00", "ff", "zz", new string('a', 64), new string('0', 64), "%", "%zz", "\"", "{", "[", "null", "NaN",
    ];

    public static JsonNode? Value(Random random, int depth = 0) => random.Next(depth > 3 ? 6 : 11) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(4) switch { 0 => -1, 1 => int.MaxValue, 2 => long.MinValue, _ => random.Next(1000) },
        3 => random.NextDouble() * 1e300,
        4 => Texts[random.Next(Texts.Length)],
        5 => RandomText(random),
        6 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => Value(random, depth + 1))]),
        7 => Object(random, depth + 1),
        8 => new JsonArray([.. Enumerable.Range(0, random.Next(3)).Select(_ => (JsonNode?)Texts[random.Next(Texts.Length)])]),
        9 => new JsonObject { [Texts[random.Next(Texts.Length)]] = Value(random, depth + 1) },
        _ => new string('x', random.Next(4) == 0 ? 1 << 20 : 300),
    };

    public static JsonObject Object(Random random, int depth = 0)
    {
        var body = new JsonObject();
        for (var count = random.Next(1, 5); count > 0; count--)
        {
            body[Arguments[random.Next(Arguments.Length)]] = Value(random, depth);
        }

        return body;
    }

    /// <summary>A POST body: a JSON object of hydrus's arguments, or something that is not one.</summary>
    public static (byte[] Body, string ContentType) Body(Random random) => random.Next(8) switch
    {
        0 => (RandomBytes(random), "application/json"),
        1 => (Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)), "application/json"),
        2 => (Encoding.UTF8.GetBytes("{\"hash\": \"a\", \"hash\": [1], \"tags\": {\"a\": \"\\ud800\"}}"), "application/json"),
        3 => (RandomBytes(random), "application/cbor"),
        4 => (Encoding.UTF8.GetBytes(Object(random).ToJsonString()), "text/plain"),
        _ => (Encoding.UTF8.GetBytes(Object(random).ToJsonString()), "application/json"),
    };

    /// <summary>A query string of hydrus's arguments with values as JSON text, raw text or percent-mangled bytes.</summary>
    public static string Query(Random random)
    {
        var parts = new List<string>();
        for (var count = random.Next(0, 5); count > 0; count--)
        {
            var value = random.Next(3) switch
            {
                0 => Uri.EscapeDataString(Value(random)?.ToJsonString() ?? "null"),
                1 => Uri.EscapeDataString(Texts[random.Next(Texts.Length)].Replace("\ud800", "x", StringComparison.Ordinal).Replace("\udfff", "x", StringComparison.Ordinal)),
                _ => "%ED%A0%80%FF%00" + new string('%', random.Next(3)),
            };
            parts.Add(Arguments[random.Next(Arguments.Length)] + "=" + value);
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static string RandomText(Random random) =>
        new([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(1, 0x3000))]);

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 2000)];
        random.NextBytes(bytes);
        return bytes;
    }
}
