using System.Text;
using HydraEngine.Abstractions;
using HydraEngine.Testing;

namespace HydraEngine.Plugins.Tests.Support;

/// <summary>An <see cref="IPluginHttp"/> answering from fixtures, remembering each request.</summary>
internal sealed class FakeHttp(Func<string, PluginHttpResponse> answer) : IPluginHttp
{
    public List<(string Url, IReadOnlyDictionary<string, string> Headers)> Requests { get; } = [];

    /// <summary>Answers every request with fixtures/pages/fixture-booru/api-posts.json.</summary>
    public static FakeHttp FixtureApi() => new(_ => Ok(File.ReadAllBytes(Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru", "api-posts.json"))));

    public static FakeHttp Status(int status) => new(_ => new PluginHttpResponse(status, new Dictionary<string, string>(), Encoding.UTF8.GetBytes("error")));

    public static FakeHttp Failing() => new(url => throw new HttpRequestException($"connection refused: {url}"));

    public Task<PluginHttpResponse> GetAsync(string url, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        Requests.Add((url, headers));
        return Task.FromResult(answer(url));
    }

    private static PluginHttpResponse Ok(byte[] body) => new(200, new Dictionary<string, string> { ["Content-Type"] = "application/json" }, body);
}
