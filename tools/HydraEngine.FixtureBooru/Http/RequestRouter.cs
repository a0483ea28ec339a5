using System.Globalization;
using HydraEngine.FixtureBooru.Content;
using HydraEngine.FixtureBooru.Faults;
using HydraEngine.FixtureBooru.Rendering;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.FixtureBooru.Http;

/// <summary>Turns a request into its (unfaulted) response: the site's URL layout.</summary>
internal sealed class RequestRouter(FixtureSite site, FixtureBooruOptions options, SessionStore sessions)
{
    /// <summary>Which fault area a path is in; the index and login pages are in none.</summary>
    public static FaultTarget AreaOf(string path) =>
        path.StartsWith("/files/", StringComparison.Ordinal) ? FaultTarget.Files
        : path.StartsWith("/api/", StringComparison.Ordinal) ? FaultTarget.Api
        : path is "/" or "/login" ? FaultTarget.None
        : FaultTarget.Pages;

    public static bool IsMembersOnly(string path) => path.StartsWith("/members/", StringComparison.Ordinal);

    public async Task<FixtureResponse> RouteAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if (path == "/login")
        {
            return await LoginAsync(request);
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return FixtureResponse.Text(405, "method not allowed").WithHeader("Allow", "GET");
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var tags = request.Query["tags"].ToString();
        var origin = $"{request.Scheme}://{request.Host}";
        return segments switch
        {
            [] => FixtureResponse.Html(IndexPage()),
            ["posts"] => Gallery("/posts", tags, request),
            ["members", "posts"] => Gallery("/members/posts", tags, request),
            ["post", var id] => WithPost(id, post => FixtureResponse.Html(PostPageRenderer.Render(post))),
            ["api", "posts"] => Page(request) is { } page ? FixtureResponse.Json(ApiJsonRenderer.Gallery(site, origin, tags, page)) : BadPage(),
            ["api", "post", var id] => WithPost(id, post => FixtureResponse.Json(ApiJsonRenderer.Post(origin, post))),
            ["files", var name] => FileResponder.Respond(site, name, request.Headers.Range.ToString() is { Length: > 0 } range ? range : null),
            ["thread", var id] => Thread(id),
            _ => FixtureResponse.NotFound(),
        };
    }

    private FixtureResponse Gallery(string basePath, string tags, HttpRequest request) =>
        Page(request) is { } page ? FixtureResponse.Html(GalleryPageRenderer.Render(site, basePath, tags, page)) : BadPage();

    private FixtureResponse WithPost(string id, Func<FixturePost, FixtureResponse> respond) =>
        Number(id) is { } number && site.FindPost(number) is { } post ? respond(post) : FixtureResponse.NotFound();

    private FixtureResponse Thread(string id)
    {
        var now = options.Clock.GetUtcNow();
        return Number(id) is { } number && site.FindThread(number) is { } thread && thread.IsAlive(now)
            ? FixtureResponse.Html(ThreadPageRenderer.Render(thread, thread.PostsAt(now)))
            : FixtureResponse.NotFound();
    }

    private async Task<FixtureResponse> LoginAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return FixtureResponse.Html(LoginPageRenderer.Form(null));
        }

        if (!request.HasFormContentType)
        {
            return FixtureResponse.Html(LoginPageRenderer.Form("send the form"), 400);
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var username = form["username"].ToString();
        if (username != options.Username || form["password"].ToString() != options.Password)
        {
            return FixtureResponse.Html(LoginPageRenderer.Form("wrong username or password"), 403);
        }

        var token = sessions.Open(username);
        return FixtureResponse.Html(LoginPageRenderer.Welcome(username))
            .WithHeader("Set-Cookie", $"{SessionStore.CookieName}={token}; path=/; httponly");
    }

    private string IndexPage()
    {
        var threads = string.Concat(site.Threads.Select(thread => $"<li><a href=\"{thread.PagePath}\">{Html.Encode(thread.Subject)}</a></li>\n"));
        return "<!DOCTYPE html>\n<html><head><title>Fixture Booru</title></head>\n<body>\n"
            + "<p><a href=\"/posts?page=1&amp;tags=\">all posts</a> &middot; <a href=\"/login\">log in</a> &middot; <a href=\"/members/posts?page=1&amp;tags=\">members</a></p>\n"
            + $"<ul class=\"threads\">\n{threads}</ul>\n</body></html>\n";
    }

    private static int? Page(HttpRequest request)
    {
        var text = request.Query["page"].ToString();
        return text.Length == 0 ? 1 : Number(text);
    }

    private static FixtureResponse BadPage() => FixtureResponse.Text(400, "page must be a whole number");

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
