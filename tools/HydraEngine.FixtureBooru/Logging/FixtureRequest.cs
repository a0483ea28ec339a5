using HydraEngine.FixtureBooru.Faults;

namespace HydraEngine.FixtureBooru.Logging;

/// <summary>
/// One request the server answered. <see cref="Time"/> is the server clock at arrival; <see cref="Status"/> is 0
/// when the connection was dropped before a response; <see cref="BytesSent"/> counts body bytes written;
/// <see cref="Fault"/> is the injected fault, if any. Header names are lowercase.
/// </summary>
public sealed record FixtureRequest(
    DateTimeOffset Time,
    string Method,
    string PathAndQuery,
    int Status,
    long BytesSent,
    FaultKind? Fault,
    IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The path without the query.</summary>
    public string Path => PathAndQuery.Split('?', 2)[0];

    public bool FaultInjected => Fault is not null;
}
