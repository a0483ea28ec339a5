using System.Globalization;
using HydraEngine.FixtureBooru.Faults;
using HydraEngine.FixtureBooru.Logging;
using HydraEngine.FixtureBooru.Rendering;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.FixtureBooru.Http;

/// <summary>
/// Handles every request: the login gate, then the fault rules, then the router's response, sent (and perhaps
/// truncated or slowed) by <see cref="ResponseSender"/>.
/// </summary>
internal sealed class RequestDispatcher(RequestRouter router, SessionStore sessions, FixtureFaults faults, FixtureRequestLog log, TimeProvider clock)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var pathAndQuery = path + request.QueryString.Value;
        var entry = new FixtureRequest(clock.GetUtcNow(), request.Method, pathAndQuery, 0, 0, null, HeadersOf(request));
        var area = RequestRouter.AreaOf(path);
        var sender = new ResponseSender(context, log, entry);

        var gated = (area & (FaultTarget.Pages | FaultTarget.Api)) != 0;
        if (gated && (faults.RequireLogin || RequestRouter.IsMembersOnly(path)) && !sessions.IsLoggedIn(request))
        {
            var byTheSwitch = !RequestRouter.IsMembersOnly(path);
            await sender.SendAsync(FixtureResponse.Html(LoginPageRenderer.Forbidden(), 403), byTheSwitch ? FaultKind.LoginRequired : null, null);
            return;
        }

        var rule = area == FaultTarget.None ? null : faults.Decide(area, path, pathAndQuery);
        switch (rule?.Kind)
        {
            case FaultKind.DropConnection:
                sender.Drop();
                return;
            case FaultKind.RateLimit:
                var limited = FixtureResponse.Text(429, "rate limited")
                    .WithHeader("Retry-After", rule.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
                await sender.SendAsync(limited, FaultKind.RateLimit, null);
                return;
            case FaultKind.ServerError:
                await sender.SendAsync(FixtureResponse.Text(rule.StatusCode, "server error"), FaultKind.ServerError, null);
                return;
        }

        var response = await router.RouteAsync(context);
        await sender.SendAsync(response, rule?.Kind, rule);
    }

    private static Dictionary<string, string> HeadersOf(HttpRequest request) =>
        request.Headers.ToDictionary(header => header.Key.ToLowerInvariant(), header => header.Value.ToString(), StringComparer.Ordinal);
}
