using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace HydraEngine.Cli.Commands.Profiling;

/// <summary>
/// Samples this process's own stacks through EventPipe (the runtime's sample profiler, about one sample per thread per
/// millisecond, with rundown so JIT-compiled methods have names) into a <c>.nettrace</c> file, then counts, per
/// method, the samples whose stack holds it: its inclusive time.
/// </summary>
internal sealed class MethodSampler : IAsyncDisposable
{
    private const string SampleProfiler = "Microsoft-DotNETCore-SampleProfiler";

    private readonly EventPipeSession session;
    private readonly Task copying;
    private readonly string tracePath;

    private MethodSampler(EventPipeSession session, string tracePath)
    {
        this.session = session;
        this.tracePath = tracePath;
        copying = Task.Run(async () =>
        {
            await using var file = File.Create(tracePath);
            await session.EventStream.CopyToAsync(file);
        });
    }

    public static MethodSampler Start(string tracePath)
    {
        EventPipeProvider[] providers =
        [
            new(SampleProfiler, EventLevel.Informational),
            new("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)(ClrTraceEventParser.Keywords.Jit | ClrTraceEventParser.Keywords.Loader)),
        ];
        var session = new DiagnosticsClient(Environment.ProcessId).StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 256);
        return new MethodSampler(session, tracePath);
    }

    /// <summary>Stops sampling and returns the methods by inclusive samples, most first, with the number of samples taken.</summary>
    public async Task<(IReadOnlyList<(string Method, long Samples)> Methods, long Samples)> StopAsync()
    {
        await session.StopAsync(CancellationToken.None);
        await copying;
        var inclusive = new Dictionary<string, long>(StringComparer.Ordinal);
        long samples = 0;
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath));
        foreach (var sample in log.Events.Where(item => item.ProviderName == SampleProfiler))
        {
            samples++;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var frame = sample.CallStack(); frame is not null; frame = frame.Caller)
            {
                var method = frame.CodeAddress.FullMethodName;
                if (!string.IsNullOrEmpty(method) && seen.Add(method))
                {
                    inclusive[method] = inclusive.GetValueOrDefault(method) + 1;
                }
            }
        }

        return (inclusive.OrderByDescending(pair => pair.Value).Select(pair => (pair.Key, pair.Value)).ToArray(), samples);
    }

    public ValueTask DisposeAsync()
    {
        session.Dispose();
        return ValueTask.CompletedTask;
    }
}
