using System.Runtime.ExceptionServices;
using HydraEngine.Abstractions;
using HydraEngine.Plugins.Loading;

namespace HydraEngine.Plugins.Running;

/// <summary>
/// Runs every call into plugin code: on the thread pool, with a time limit, checking what comes back. A plugin
/// that throws (anything but <see cref="PluginInputException"/>), does not return in time, or returns garbage is
/// disabled through <paramref name="disable"/>; the caller gets a <see cref="PluginException"/> either way.
/// A call that never returns keeps its thread: .NET cannot stop it, only stop waiting for it.
/// </summary>
internal sealed class PluginCalls(Action<LoadedPlugin, string> disable)
{
    /// <summary>Runs <paramref name="call"/>; <paramref name="check"/> returns what is wrong with the result, or null.</summary>
    public T Run<T>(LoadedPlugin plugin, string what, TimeSpan timeout, Func<T> call, Func<T, string?> check)
    {
        EnsureActive(plugin);
        var task = Task.Run(call);
        try
        {
            if (!task.Wait(timeout))
            {
                throw Disable(plugin, $"{what} did not return within {Describe(timeout)}");
            }
        }
        catch (AggregateException aggregate) when (aggregate.InnerException is { } inner)
        {
            throw Failure(plugin, what, inner);
        }

        return Checked(plugin, what, task.Result, check);
    }

    /// <summary>Runs an asynchronous call; its token is cancelled when the time limit passes.</summary>
    public async Task<T> RunAsync<T>(LoadedPlugin plugin, string what, TimeSpan timeout, Func<CancellationToken, Task<T>> call, Func<Exception, bool> isHostFailure, Func<T, string?> check, CancellationToken cancellationToken)
    {
        EnsureActive(plugin);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        T result;
        try
        {
            result = await Task.Run(() => call(limit.Token), CancellationToken.None).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is TimeoutException || (exception is OperationCanceledException && limit.IsCancellationRequested))
        {
            throw Disable(plugin, $"{what} did not finish within {Describe(timeout)}");
        }
        catch (Exception exception) when (isHostFailure(exception))
        {
            throw new PluginException(plugin.Id, $"{plugin.Id}: {what} failed: {exception.Message}", pluginDisabled: false, exception);
        }
        catch (Exception exception)
        {
            throw Failure(plugin, what, exception);
        }

        return Checked(plugin, what, result, check);
    }

    private static void EnsureActive(LoadedPlugin plugin)
    {
        if (plugin.DisabledReason is { } reason)
        {
            throw new PluginException(plugin.Id, $"the plugin {plugin.Id} is disabled ({reason}).", pluginDisabled: true);
        }
    }

    private T Checked<T>(LoadedPlugin plugin, string what, T result, Func<T, string?> check)
    {
        string? problem;
        try
        {
            problem = check(result);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            problem = $"returned something unreadable ({exception.GetType().Name}: {exception.Message})";
        }

        return problem is null ? result : throw Disable(plugin, $"{what} {problem}");
    }

    private PluginException Failure(LoadedPlugin plugin, string what, Exception exception)
    {
        if (exception is PluginInputException input)
        {
            return new PluginException(plugin.Id, $"{plugin.Id}: {input.Message}", pluginDisabled: false, input);
        }

        if (exception is OutOfMemoryException)
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        return Disable(plugin, $"{what} threw {Describe(exception)}", exception);
    }

    private PluginException Disable(LoadedPlugin plugin, string reason, Exception? cause = null)
    {
        disable(plugin, reason);
        return new PluginException(plugin.Id, $"the plugin {plugin.Id} was disabled: {reason}.", pluginDisabled: true, cause);
    }

    /// <summary>"Type: message"; for an assembly the plugin's load context refused, the refusal's own words.</summary>
    public static string Describe(Exception exception) =>
        exception is FileNotFoundException or FileLoadException && exception.InnerException is { } refusal
            ? $"{exception.GetType().Name}: {refusal.Message}"
            : $"{exception.GetType().Name}: {exception.Message}";

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 ? $"{timeout.TotalSeconds:0.#} s" : $"{timeout.TotalMilliseconds:0} ms";
}
