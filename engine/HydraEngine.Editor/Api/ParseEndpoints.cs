using System.Text.Json.Nodes;
using HydraEngine.Editor.Http;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Pages;
using HydraEngine.Parsing.Tracing;
using HydraEngine.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// <c>POST /editor/api/parse</c>: exactly what <c>hydra parse --json</c> prints (<see cref="ParseResultJson"/>);
/// <c>POST /editor/api/trace</c>: the step trace (<see cref="PageParserTracer"/>) as <see cref="TraceJson"/>.
/// </summary>
internal static class ParseEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, EngineRegistries registries)
    {
        api.MapPost("/parse", EditorHttp.Handle(options, async context =>
        {
            var request = ParseRequest.Read(await EditorHttp.ReadObject(context, options.MaxBodyBytes), registries.Definitions);
            var result = new PageParserRunner(registries.Formulae).Run(request.Parser, request.Document, ParsingContext.ForUrl(request.Url));
            return EditorHttp.Json(ParseResultJson.Build(request.Parser.Name, request.Url, result));
        }));
        api.MapPost("/trace", EditorHttp.Handle(options, async context =>
        {
            var request = ParseRequest.Read(await EditorHttp.ReadObject(context, options.MaxBodyBytes), registries.Definitions);
            var trace = new PageParserTracer(registries.Formulae).Trace(request.Parser, request.Document, ParsingContext.ForUrl(request.Url));
            return EditorHttp.Json(TraceJson.Of(trace, request.Url));
        }));
    }
}
