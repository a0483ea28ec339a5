using HydraEngine.Network.Bandwidth;
using HydraEngine.Network.Retries;
using HydraEngine.Network.Scheduling;

namespace HydraEngine.Network.Transport;

/// <summary>
/// Moves a response body to its destination chunk by chunk, recording data bandwidth as the bytes flow, pausing
/// while hydrus's "can continue" rules (short data rules) say so, and enforcing the size cap. A body cut short
/// becomes a <see cref="RetryableFailure"/> of kind <see cref="RetryableKind.Truncated"/>.
/// </summary>
internal sealed class BodyPump(BandwidthManager bandwidth, TimeProvider clock, bool polite)
{
    private const int ChunkSize = 81920;

    /// <summary>Copies the body; returns the bytes moved. <paramref name="stallLimit"/> restarts the attempt timer before each read.</summary>
    public async Task<long> CopyAsync(
        HttpAnswer answer, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> sink, long alreadyHave, long cap, string what,
        AttemptTimer timer, TimeSpan? stallLimit, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkSize];
        long moved = 0;
        var stream = await answer.Response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            while (true)
            {
                if (stallLimit is { } limit)
                {
                    timer.Restart(limit);
                }

                int read;
                try
                {
                    read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    throw new RetryableFailure(RetryableKind.Truncated, $"the body ended early after {alreadyHave + moved} bytes: {exception.Message}", inner: exception);
                }

                if (read == 0)
                {
                    return moved;
                }

                moved += read;
                if (alreadyHave + moved > cap)
                {
                    throw new NetworkException(
                        NetworkFailure.TooLarge, answer.RequestedUrl, (int)answer.Response.StatusCode,
                        $"{what} {answer.RequestedUrl} is larger than the cap of {cap} bytes (`hydra limits set` changes it)");
                }

                bandwidth.ReportData(answer.Target.Contexts, read);
                await sink(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                if (stallLimit is not null)
                {
                    timer.Restart(Timeout.InfiniteTimeSpan);
                }

                await WaitToContinueAsync(answer.Target, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitToContinueAsync(RequestTarget target, CancellationToken cancellationToken)
    {
        if (!polite)
        {
            return;
        }

        var wait = bandwidth.ContinueWait(target.Contexts);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
