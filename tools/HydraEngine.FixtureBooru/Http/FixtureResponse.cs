using System.Text;

namespace HydraEngine.FixtureBooru.Http;

/// <summary>A complete response before it is sent (and perhaps faulted).</summary>
internal sealed record FixtureResponse(int Status, string ContentType, ReadOnlyMemory<byte> Body)
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public static FixtureResponse Html(string html, int status = 200) => new(status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    public static FixtureResponse Json(byte[] json) => new(200, "application/json; charset=utf-8", json);

    public static FixtureResponse Text(int status, string text) => new(status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text + "\n"));

    public static FixtureResponse NotFound() => Text(404, "not found");

    public FixtureResponse WithHeader(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };
}
