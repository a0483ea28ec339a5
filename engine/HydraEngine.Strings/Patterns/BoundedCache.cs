using System.Collections.Concurrent;

namespace HydraEngine.Strings.Patterns;

/// <summary>A thread-safe memo that empties itself when it reaches its capacity (so it never grows unbounded).</summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> entries = new();

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, create);
    }

    /// <summary><see cref="GetOrAdd(TKey, Func{TKey, TValue})"/> with an argument, so callers need no closure.</summary>
    public TValue GetOrAdd<TArgument>(TKey key, Func<TKey, TArgument, TValue> create, TArgument argument)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, create, argument);
    }
}
