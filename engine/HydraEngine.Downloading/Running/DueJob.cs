namespace HydraEngine.Downloading.Running;

/// <summary>A unit of work a run can start now: a gallery download, a URL queue, a watcher's turn, a subscription query's turn.</summary>
internal sealed record DueJob(string Key, string Label, Func<CancellationToken, Task> Run);
