using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Content.Types;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Pages;

/// <summary>
/// The JSON form of a parse result (what <c>hydra parse --json</c> prints): <c>{"parser","url","posts":[{"contents":[…]}],"error"}</c>, each content with
/// content_type, name, value and its type's fields. Other tools read this: keep the field names. <see cref="Write"/>
/// streams it (a page's million contents never become one string or node tree); <see cref="Build"/> gives it as a node.
/// </summary>
public static class ParseResultJson
{
    /// <summary>How many bytes the writer holds before it hands them to its stream.</summary>
    private const int FlushThreshold = 64 * 1024;

    /// <summary>
    /// Writes the result as one JSON object, flushing to the writer's stream as it goes; <paramref name="leadingFields"/>
    /// writes fields of the caller's before the result's (<c>hydra parse --batch</c>'s "id"). With
    /// <paramref name="keepLoneSurrogates"/>, a value holding a lone surrogate keeps it as its <c>\uXXXX</c> escape, as
    /// hydrus's JSON does (for readers such as Python's; System.Text.Json cannot read it back), else it becomes U+FFFD.
    /// </summary>
    public static void Write(
        Utf8JsonWriter writer, string parserName, string url, PageParseResult result, Action<Utf8JsonWriter>? leadingFields = null, bool keepLoneSurrogates = false)
    {
        writer.WriteStartObject();
        leadingFields?.Invoke(writer);
        writer.WriteString("parser", parserName);
        writer.WriteString("url", url);
        writer.WriteStartArray("posts");
        foreach (var post in result.Posts)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("contents");
            foreach (var content in post.Contents)
            {
                Content(writer, content, keepLoneSurrogates);
                if (writer.BytesPending > FlushThreshold)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (result.Failure is { } failure)
        {
            writer.WriteString("error", Describe(failure));
        }
        else
        {
            writer.WriteNull("error");
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>The same JSON as <see cref="Write"/>, as a node (for callers that add to it or compare it; lone surrogates become U+FFFD).</summary>
    public static JsonObject Build(string parserName, string url, PageParseResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, parserName, url, result);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    public static string Describe(ParseFailure failure) =>
        failure.IsVeto ? failure.Message : $"{failure.Message} (at {(failure.Pointer.Length == 0 ? "/" : failure.Pointer)})";

    private static void Content(Utf8JsonWriter writer, ParsedContent content, bool keepLoneSurrogates)
    {
        var type = ContentTypes.Default.For(content.Kind);
        writer.WriteStartObject();
        writer.WriteString("content_type", type.JsonWord);
        writer.WriteString("name", content.Name);
        writer.WriteParsedString("value", content.Value, keepLoneSurrogates);
        type.WriteJson(content.Kind, writer);
        writer.WriteEndObject();
    }
}
