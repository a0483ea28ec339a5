using HydraEngine.Editor.Api;
using HydraEngine.Editor.Http;
using HydraEngine.Editor.Web;
using HydraEngine.Host;
using HydraEngine.Host.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HydraEngine.Editor;

/// <summary>
/// The definition editor as a <c>hydra serve</c> surface at <c>/editor</c>: the browser UI and its HTTP API under
/// <c>/editor/api</c> (parse, trace, load, urls, gugs, library, export, fetch, tests, suggest, diff, tree, chain), for this machine only (as the Client API).
/// </summary>
public sealed class EditorModule(EditorOptions options) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints, HydraEngineInstance engine)
    {
        var library = new EditorLibrary(engine);
        endpoints.ServiceProvider.GetService<IHostApplicationLifetime>()?.ApplicationStopped.Register(library.Dispose);
        var editor = endpoints.MapGroup("/editor");
        editor.AddEndpointFilter(async (context, next) =>
            EditorAccess.Refusal(context.HttpContext, options) is { } refusal ? EditorHttp.Error(403, "peer", refusal) : await next(context));
        EditorAssets.Map(editor);
        var api = editor.MapGroup("/api");
        ParseEndpoints.Map(api, options, engine.Registries);
        LoadEndpoints.Map(api, options, engine.Registries);
        UrlEndpoints.Map(api, options, engine.Registries);
        LibraryEndpoints.Map(api, options, library, engine.Registries.Definitions);
        ExportEndpoints.Map(api, options, engine.Registries);
        FetchEndpoints.Map(api, options, engine.Network);
        TestEndpoints.Map(api, options, engine.Registries);
        RepairEndpoints.Map(api, options, engine.Registries);
        DiffEndpoints.Map(api, options, engine.Registries);
        TreeEndpoints.Map(api, options, engine.Registries);
    }
}
