using HydraEngine.Network.Scheduling;

namespace HydraEngine.Network.Retries;

/// <summary>One request's journey through its attempts: the budget it waits from, how many attempts, what went wrong last and the next planned wait.</summary>
internal sealed class RequestRun(string method, Uri url, WaitBudget budget)
{
    public string Method { get; } = method;

    public Uri Url { get; } = url;

    public WaitBudget Budget { get; } = budget;

    public int Attempts { get; set; }

    public RetryableFailure? LastFailure { get; set; }

    /// <summary>Why retrying stopped before the attempts ran out, if it did.</summary>
    public string? GaveUpBecause { get; set; }

    /// <summary>The wait the retry predicate chose for the delay generator.</summary>
    public TimeSpan PlannedDelay { get; set; }

    /// <summary>The exception a request ends with when every retry failed.</summary>
    public NetworkException Exhausted(RetryableFailure failure)
    {
        var reason = GaveUpBecause ?? "no attempts left";
        var message = $"{Method} {Url} failed after {Attempts} attempt{(Attempts == 1 ? "" : "s")} ({reason}): {failure.Message}";
        return new NetworkException(failure.FinalFailure, Url, failure.StatusCode, message, failure);
    }
}
