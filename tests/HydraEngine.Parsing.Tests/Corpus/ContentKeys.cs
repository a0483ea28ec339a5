using System.Globalization;
using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Content;

namespace HydraEngine.Parsing.Tests.Corpus;

/// <summary>One comparable text per content, built the same way from hydrus's expectation and from ours.</summary>
internal static class ContentKeys
{
    public static string FromExpected(JsonObject content)
    {
        var type = (int)content["content_type"]!;
        var extra = type switch
        {
            7 => $"{(int)content["url_type"]!}/{(int)content["priority"]!}",
            0 => (string?)content["namespace"] ?? "<none>",
            18 => (string)content["note_name"]!,
            15 => $"{(string)content["hash_type"]!}/{(string)content["hash_encoding"]!}",
            16 => ((int)content["timestamp_type"]!).ToString(CultureInfo.InvariantCulture),
            17 => ((int)content["priority"]!).ToString(CultureInfo.InvariantCulture),
            _ => "",
        };
        return $"{type}|{(string)content["name"]!}|{extra}|{(string)content["value"]!}";
    }

    public static string FromOurs(ParsedContent content)
    {
        var (type, extra) = content.Kind switch
        {
            UrlsContent urls => (7, $"{(int)urls.UrlType}/{urls.Priority}"),
            TagsContent tags => (0, tags.Namespace ?? "<none>"),
            NotesContent notes => (18, notes.NoteName),
            HashContent hash => (15, $"{hash.HashType}/{hash.Encoding}"),
            TimestampContent timestamp => (16, timestamp.TimestampType?.ToString(CultureInfo.InvariantCulture) ?? "None"),
            TitleContent title => (17, title.Priority.ToString(CultureInfo.InvariantCulture)),
            VetoContent => (8, ""),
            VariableContent => (14, ""),
            _ => (22, ""),
        };
        return $"{type}|{content.Name}|{extra}|{content.Value}";
    }
}
