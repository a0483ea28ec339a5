using System.Text.Json.Nodes;
using HydraEngine.Editor.Http;
using HydraEngine.Matching;
using HydraEngine.Matching.Domains;
using HydraEngine.Matching.Gugs;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// The definition's URL classes and GUGs on examples. <c>POST /editor/api/urls {"definition","urls":[…]}</c>:
/// <c>{"urls":[{"url","url_class","url_type","normalised","parser","problem"}]}</c>; <c>POST /editor/api/gugs
/// {"definition","search"}</c>: <c>{"gugs":[{"name","urls","problem"}]}</c>.
/// </summary>
internal static class UrlEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, EngineRegistries registries)
    {
        api.MapPost("/urls", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var items = DefinitionInput.Items(DefinitionInput.Load(body, registries.Definitions));
            if (EditorHttp.Required(body, "urls", "a list of example URLs") is not JsonArray urls || urls.Any(url => url?.GetValueKind() != System.Text.Json.JsonValueKind.String))
            {
                throw new EditorRequestException(400, "/urls", "\"urls\" must be a list of strings.");
            }

            var manager = new DomainManager(items.OfType<UrlClass>(), items.OfType<PageParser>(), strings: registries.Strings);
            return EditorHttp.Json(new JsonObject { ["urls"] = new JsonArray(urls.Select(url => (JsonNode)Match(manager, (string)url!)).ToArray()) });
        }));
        api.MapPost("/gugs", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var items = DefinitionInput.Items(DefinitionInput.Load(body, registries.Definitions));
            var search = EditorHttp.RequiredString(body, "search", "\"blue sky\"");
            var lookup = new GalleryUrlGeneratorLookup(items);
            var gugs = items.Where(item => item is GalleryUrlGenerator or NestedGalleryUrlGenerator).Select(item => (JsonNode)Generate(item, search, lookup)).ToArray();
            return EditorHttp.Json(new JsonObject { ["gugs"] = new JsonArray(gugs) });
        }));
    }

    private static JsonObject Match(DomainManager manager, string url)
    {
        var answer = new JsonObject { ["url"] = url, ["url_class"] = null, ["url_type"] = null, ["normalised"] = null, ["parser"] = null, ["problem"] = null };
        try
        {
            var engine = manager.GetUrlClass(url);
            if (engine is null)
            {
                answer["problem"] = "no URL class of this definition matches";
                return answer;
            }

            answer["url_class"] = engine.Class.Name;
            answer["url_type"] = engine.Class.UrlType.ToString().ToLowerInvariant();
            answer["normalised"] = engine.Normalise(url);
            answer["parser"] = engine.IsParsable ? manager.GetUrlToFetchAndParser(url).Parser.Name : null;
        }
        catch (UrlClassException exception)
        {
            answer["problem"] = exception.Message;
        }

        return answer;
    }

    private static JsonObject Generate(Definition generator, string search, GalleryUrlGeneratorLookup lookup)
    {
        var name = generator is GalleryUrlGenerator gug ? gug.Name : ((NestedGalleryUrlGenerator)generator).Name;
        try
        {
            IReadOnlyList<string> urls = generator is GalleryUrlGenerator single
                ? [GalleryUrlGeneration.Generate(single, search)]
                : GalleryUrlGeneration.Generate((NestedGalleryUrlGenerator)generator, search, reference => lookup.FindByName(reference.Name) ?? lookup.Find(reference));
            return new JsonObject { ["name"] = name, ["urls"] = new JsonArray(urls.Select(url => (JsonNode)JsonValue.Create(url)!).ToArray()), ["problem"] = null };
        }
        catch (GalleryUrlGeneratorException exception)
        {
            return new JsonObject { ["name"] = name, ["urls"] = new JsonArray(), ["problem"] = exception.Message };
        }
    }
}
