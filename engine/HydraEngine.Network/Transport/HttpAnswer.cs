using HydraEngine.Network.Scheduling;

namespace HydraEngine.Network.Transport;

/// <summary>The answer to one attempt, after redirects: the response (headers read, body not yet) and where it came from.</summary>
internal sealed record HttpAnswer(HttpResponseMessage Response, Uri RequestedUrl, Uri FinalUrl, RequestTarget Target)
{
    /// <summary>The redirects followed, each as "STATUS URL" of the answer that redirected.</summary>
    public IReadOnlyList<string> Redirects { get; init; } = [];
}

/// <summary>What a request sends: the method and, for a POST, form fields.</summary>
internal sealed record HttpPlan(HttpMethod Method, IReadOnlyList<KeyValuePair<string, string>>? Form = null)
{
    public static HttpPlan Get { get; } = new(HttpMethod.Get);

    public HttpContent? CreateContent() => Form is null ? null : new FormUrlEncodedContent(Form);
}

/// <summary>How one kind of request (page, file, login step) reads its answer, attempt by attempt.</summary>
internal interface IAnswerReader<T>
{
    /// <summary>Headers this attempt adds after all others (a file's Range when resuming).</summary>
    IEnumerable<KeyValuePair<string, string>> AttemptHeaders();

    /// <summary>Whether the reader wants an answer with this non-2xx status rather than the usual failure (a file's 416).</summary>
    bool ReadsStatus(int statusCode);

    Task<T> ReadAsync(HttpAnswer answer, AttemptTimer timer, CancellationToken cancellationToken);
}

/// <summary>An attempt's time limit on the engine's clock; restartable, so a streaming body can be held to a stall limit.</summary>
internal sealed class AttemptTimer(CancellationTokenSource source)
{
    public CancellationToken Token => source.Token;

    public void Restart(TimeSpan limit) => source.CancelAfter(limit);
}
