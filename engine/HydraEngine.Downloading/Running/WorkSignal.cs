namespace HydraEngine.Downloading.Running;

/// <summary>
/// Says "new work was queued" to a run waiting in this process, so it looks for due jobs at once instead of at its
/// next poll. <see cref="Next"/> completes at the first <see cref="Raise"/> after it was read.
/// </summary>
internal sealed class WorkSignal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Next => Volatile.Read(ref next).Task;

    public void Raise() => Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
