using System.Net;
using HydraEngine.Network.Cookies;
using HydraEngine.Network.Headers;
using HydraEngine.Network.Scheduling;

namespace HydraEngine.Network.Transport;

/// <summary>
/// Sends one attempt and follows its redirects itself, so every hop gets its own domain's headers and cookies and
/// every hop's Set-Cookie is kept. Cookies and redirects are never left to the handler.
/// </summary>
internal sealed class HttpTransport : IDisposable
{
    private static readonly HashSet<string> ContentHeaderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Content-Encoding", "Content-Language", "Content-Disposition", "Content-MD5", "Content-Range", "Expires", "Last-Modified", "Allow",
    };

    private readonly HttpClient client;
    private readonly HeaderComposer headers;
    private readonly NetworkCookies cookies;
    private readonly int maxRedirects;

    public HttpTransport(NetworkOptions options, HeaderComposer headers, NetworkCookies cookies)
    {
        var handler = options.Handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = Math.Max(options.MaxConcurrentPerDomain, 1),

            // like hydrus (requests), header values go out as Latin-1; a referrer beyond it is percent-encoded first
            RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.Latin1,
        };
        client = new HttpClient(handler, disposeHandler: options.Handler is null) { Timeout = Timeout.InfiniteTimeSpan };
        this.headers = headers;
        this.cookies = cookies;
        maxRedirects = options.MaxRedirects;
    }

    public async Task<HttpAnswer> SendAsync(
        NetworkRequest request, RequestTarget target, HttpPlan plan, IReadOnlyList<KeyValuePair<string, string>> attemptHeaders, CancellationToken cancellationToken)
    {
        var url = target.Url;
        var method = plan.Method;
        var sendBody = true;
        var redirects = new List<string>();
        for (var hop = 0; ; hop++)
        {
            using var message = new HttpRequestMessage(method, url) { Content = sendBody ? plan.CreateContent() : null };
            Apply(message, headers.Compose(url, request).Concat(attemptHeaders));
            if (cookies.HeaderFor(url) is { } cookieHeader)
            {
                message.Headers.TryAddWithoutValidation("Cookie", cookieHeader);
            }

            var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                cookies.KeepFromAnswer(url, setCookies);
            }

            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && hop < maxRedirects && Location(response, url) is { } next)
            {
                response.Dispose();
                redirects.Add($"{status} {url}");
                if (status == 303 || (status is 301 or 302 && method == HttpMethod.Post))
                {
                    method = HttpMethod.Get;
                    sendBody = false;
                }

                url = next;
                continue;
            }

            return new HttpAnswer(response, target.Url, url, target) { Redirects = redirects };
        }
    }

    public void Dispose() => client.Dispose();

    private static Uri? Location(HttpResponseMessage response, Uri from)
    {
        if (response.Headers.Location is not { } location)
        {
            return null;
        }

        var next = location.IsAbsoluteUri ? location : new Uri(from, location);
        return next.Scheme is "http" or "https" ? next : null;
    }

    private static void Apply(HttpRequestMessage message, IEnumerable<KeyValuePair<string, string>> all)
    {
        foreach (var (name, value) in all)
        {
            if (ContentHeaderNames.Contains(name))
            {
                if (message.Content is { } content)
                {
                    content.Headers.Remove(name);
                    content.Headers.TryAddWithoutValidation(name, value);
                }

                continue;
            }

            message.Headers.Remove(name);
            message.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
