namespace HydraEngine.Network.Scheduling;

/// <summary>One request's allowance for waiting (bandwidth, politeness, retry backoff together), <see cref="NetworkOptions.MaxTotalWait"/>.</summary>
internal sealed class WaitBudget(TimeSpan cap)
{
    private TimeSpan spent;

    public TimeSpan Cap => cap;

    public TimeSpan Spent => spent;

    public TimeSpan Remaining => cap > spent ? cap - spent : TimeSpan.Zero;

    /// <summary>Takes <paramref name="wait"/> from the allowance if it fits; false (and nothing taken) otherwise.</summary>
    public bool TrySpend(TimeSpan wait)
    {
        if (wait > Remaining)
        {
            return false;
        }

        spent += wait;
        return true;
    }
}
