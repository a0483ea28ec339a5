using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Web;

/// <summary>
/// The browser side, embedded in this assembly by the build (web/index.html, web/editor.css and the esbuild bundle
/// web/dist/editor.js): <c>GET /editor/</c> and <c>GET /editor/{file}</c>. Without a bundle (node was absent at build
/// time) the page says how to build it.
/// </summary>
internal static class EditorAssets
{
    private const string Prefix = "editor/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".map"] = "application/json",
    };

    public static void Map(IEndpointRouteBuilder editor)
    {
        editor.MapGet("/", () => Serve("index.html"));
        editor.MapGet("/{file}", (string file) => Serve(file));
    }

    /// <summary>Whether the browser bundle was built into this assembly.</summary>
    public static bool HasBundle => typeof(EditorAssets).Assembly.GetManifestResourceInfo(Prefix + "editor.js") is not null;

    private static IResult Serve(string file)
    {
        if (file == "index.html" && !HasBundle)
        {
            return Results.Content("<!doctype html><title>hydra editor</title><p>The editor's browser bundle was not built: node and npm were missing when HydraEngine.Editor was built. Install them (Debian: apt-get install nodejs npm) and build again.</p>", "text/html; charset=utf-8", statusCode: 503);
        }

        var stream = typeof(EditorAssets).Assembly.GetManifestResourceStream(Prefix + file);
        return stream is null || !ContentTypes.TryGetValue(Path.GetExtension(file), out var type)
            ? Results.NotFound()
            : Results.Stream(stream, type);
    }
}
