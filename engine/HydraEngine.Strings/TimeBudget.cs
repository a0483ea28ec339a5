using System.Collections;
using System.Diagnostics;

namespace HydraEngine.Strings;

/// <summary>
/// A time budget for one piece of work (a page parse) on top of each regex's own match timeout: checked before
/// each string a processing step takes, so 1,000 strings × a slow regex stop at the budget, not after 1,000 timeouts.
/// </summary>
public sealed class TimeBudget(TimeSpan limit)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public TimeSpan Limit { get; } = limit;

    public TimeSpan Spent => clock.Elapsed;

    /// <summary>What is left: the limit less what is spent (zero once it is spent).</summary>
    public TimeSpan Remaining => Limit > Spent ? Limit - Spent : TimeSpan.Zero;

    /// <summary>
    /// A budget for one part of this work, starting now: <paramref name="fraction"/> of this budget's limit, or what
    /// is left of it when that is less, so the part is stopped (and named) before it can take the whole budget.
    /// </summary>
    public TimeBudget Share(double fraction)
    {
        var share = Limit * fraction;
        return new TimeBudget(share < Remaining ? share : Remaining);
    }

    /// <summary>Throws <see cref="TimeBudgetExceededException"/> once the budget is spent.</summary>
    public void Check()
    {
        if (clock.Elapsed > Limit)
        {
            throw new TimeBudgetExceededException(this);
        }
    }

    /// <summary>The same strings, checking the budget as each one is taken.</summary>
    internal IReadOnlyList<string> Guard(IReadOnlyList<string> texts) => new GuardedList(texts, this);

    private sealed class GuardedList(IReadOnlyList<string> inner, TimeBudget budget) : IReadOnlyList<string>
    {
        public int Count => inner.Count;

        public string this[int index]
        {
            get
            {
                budget.Check();
                return inner[index];
            }
        }

        public IEnumerator<string> GetEnumerator()
        {
            foreach (var text in inner)
            {
                budget.Check();
                yield return text;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>The work ran past its <see cref="TimeBudget"/>.</summary>
public sealed class TimeBudgetExceededException(TimeBudget budget)
    : Exception($"ran past its time budget of {budget.Limit.TotalSeconds:0.###} s ({budget.Spent.TotalSeconds:0.0} s spent)")
{
    public TimeSpan Spent { get; } = budget.Spent;
}
