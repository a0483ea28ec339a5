using System.Text.Json.Nodes;
using HydraEngine.Parsing.Tracing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// The trace answer: <c>{"parser","url","error","first_empty","content_parsers":[{"name","pointer","first_empty","error",
/// "steps":[{"pointer","kind","label","count","samples"}]}]}</c>; <c>first_empty</c> is the JSON Pointer of the first step
/// whose output became empty.
/// </summary>
internal static class TraceJson
{
    public static JsonObject Of(ParseTrace trace, string url) => new()
    {
        ["parser"] = trace.Parser,
        ["url"] = url,
        ["error"] = trace.PreParseError,
        ["first_empty"] = trace.FirstEmptyPointer,
        ["content_parsers"] = new JsonArray(trace.ContentParsers.Select(parser => (JsonNode)new JsonObject
        {
            ["name"] = parser.Name,
            ["pointer"] = parser.Pointer,
            ["first_empty"] = parser.FirstEmptyPointer,
            ["error"] = parser.Error,
            ["steps"] = new JsonArray(parser.Steps.Select(step => (JsonNode)new JsonObject
            {
                ["pointer"] = step.Pointer,
                ["kind"] = step.Kind,
                ["label"] = step.Label,
                ["count"] = step.Count,
                ["samples"] = new JsonArray(step.Samples.Select(sample => (JsonNode)JsonValue.Create(sample)!).ToArray()),
            }).ToArray()),
        }).ToArray()),
    };
}
