namespace HydraEngine.Host;

/// <summary>
/// Whether the engine is busy: HTTP requests in flight and the last moment a download made progress. Maintenance
/// runs only while it is idle.
/// </summary>
public sealed class EngineActivity(TimeProvider clock)
{
    private long requests;
    private long lastActiveTicks = clock.GetUtcNow().UtcTicks;

    public bool RequestActive => Interlocked.Read(ref requests) > 0;

    /// <summary>How long nothing has happened (zero while a request is in flight).</summary>
    public TimeSpan IdleFor => RequestActive ? TimeSpan.Zero : clock.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref lastActiveTicks), TimeSpan.Zero);

    public void Touch() => Interlocked.Exchange(ref lastActiveTicks, clock.GetUtcNow().UtcTicks);

    /// <summary>Marks one request in flight until the returned handle is disposed.</summary>
    public IDisposable Request()
    {
        Interlocked.Increment(ref requests);
        Touch();
        return new RequestHandle(this);
    }

    private sealed class RequestHandle(EngineActivity activity) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                activity.Touch();
                Interlocked.Decrement(ref activity.requests);
            }
        }
    }
}
