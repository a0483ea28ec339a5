namespace HydraEngine.Storage.Tags;

/// <summary>
/// Pairs sorted and grouped by their first value: for each distinct first value, the sorted second values.
/// Ids below 2^32 are packed into one 64-bit key each so the sort is a plain integer sort.
/// </summary>
internal sealed class PairGroups
{
    private readonly long[] firsts;
    private readonly long[] seconds;

    private PairGroups(long[] firsts, long[] seconds)
    {
        this.firsts = firsts;
        this.seconds = seconds;
    }

    public static PairGroups Build(IReadOnlyList<(long First, long Second)> pairs)
    {
        var firsts = new long[pairs.Count];
        var seconds = new long[pairs.Count];
        if (pairs.All(pair => (ulong)pair.First <= uint.MaxValue && (ulong)pair.Second <= uint.MaxValue))
        {
            var packed = new long[pairs.Count];
            for (var index = 0; index < packed.Length; index++)
            {
                packed[index] = (long)(((ulong)pairs[index].First << 32) | (ulong)pairs[index].Second);
            }

            Array.Sort(packed);
            for (var index = 0; index < packed.Length; index++)
            {
                firsts[index] = (long)((ulong)packed[index] >> 32);
                seconds[index] = packed[index] & uint.MaxValue;
            }
        }
        else
        {
            var sorted = pairs.Order().ToArray();
            for (var index = 0; index < sorted.Length; index++)
            {
                (firsts[index], seconds[index]) = sorted[index];
            }
        }

        return new PairGroups(firsts, seconds);
    }

    public delegate void GroupAction(long first, ReadOnlySpan<long> seconds);

    public void ForEach(GroupAction action)
    {
        var start = 0;
        while (start < firsts.Length)
        {
            var end = start + 1;
            while (end < firsts.Length && firsts[end] == firsts[start])
            {
                end++;
            }

            action(firsts[start], seconds.AsSpan(start, end - start));
            start = end;
        }
    }
}
