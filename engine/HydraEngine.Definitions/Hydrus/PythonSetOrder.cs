namespace HydraEngine.Definitions.Hydrus;

/// <summary>
/// The iteration order CPython (3.8–3.11, 64-bit) gives a <c>set</c> built by adding items one by one.
/// hydrus keeps bandwidth rules in a set of int tuples and writes <c>list(set)</c>, so this order is what
/// hydrus's own output shows. Items whose hash cannot be known (a None inside) keep their given order.
/// </summary>
internal static class PythonSetOrder
{
    private const int MinimumSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    public static IReadOnlyList<T> Order<T>(IReadOnlyList<T> items, Func<T, ulong?> hash)
    {
        var hashes = items.Select(hash).ToArray();
        if (hashes.Any(value => value is null))
        {
            return items;
        }

        var table = new int[MinimumSize];
        Array.Fill(table, -1);
        var fill = 0;
        for (var index = 0; index < items.Count; index++)
        {
            if (Contains(table, items, hashes, index))
            {
                continue;
            }

            Insert(table, hashes, index);
            fill++;
            var mask = table.Length - 1;
            if (fill * 5 >= mask * 3)
            {
                table = Resize(table, hashes, fill > 50000 ? fill * 2 : fill * 4);
            }
        }

        return table.Where(slot => slot >= 0).Select(slot => items[slot]).ToList();
    }

    /// <summary>CPython's hash of a tuple of ints (the xxHash-based tupleobject.c algorithm).</summary>
    public static ulong TupleHash(IReadOnlyList<long> values)
    {
        const ulong prime1 = 11400714785074694791UL;
        const ulong prime2 = 14029467366897019727UL;
        const ulong prime5 = 2870177450012600261UL;
        var accumulator = prime5;
        foreach (var value in values)
        {
            accumulator += IntegerHash(value) * prime2;
            accumulator = (accumulator << 31) | (accumulator >> 33);
            accumulator *= prime1;
        }

        accumulator += (ulong)values.Count ^ (prime5 ^ 3527539UL);
        return accumulator == ulong.MaxValue ? 1546275796UL : accumulator;
    }

    /// <summary>CPython's hash of an int: modulo 2^61 − 1 keeping the sign, with −1 mapped to −2.</summary>
    public static ulong IntegerHash(long value)
    {
        const long modulus = (1L << 61) - 1;
        var magnitude = value == long.MinValue ? (long)((ulong)long.MaxValue % modulus) + 1 : Math.Abs(value) % modulus;
        var signed = value < 0 ? -magnitude : magnitude;
        return (ulong)(signed == -1 ? -2 : signed);
    }

    private static bool Contains<T>(int[] table, IReadOnlyList<T> items, ulong?[] hashes, int index) =>
        table.Any(slot => slot >= 0 && hashes[slot] == hashes[index] && EqualityComparer<T>.Default.Equals(items[slot], items[index]));

    private static void Insert(int[] table, ulong?[] hashes, int index)
    {
        var mask = (ulong)table.Length - 1;
        var perturb = hashes[index]!.Value;
        var slot = perturb & mask;
        while (true)
        {
            var probes = slot + LinearProbes <= mask ? LinearProbes : 0;
            for (var probe = 0UL; probe <= (ulong)probes; probe++)
            {
                if (table[slot + probe] < 0)
                {
                    table[slot + probe] = index;
                    return;
                }
            }

            perturb >>= PerturbShift;
            slot = ((slot * 5) + 1 + perturb) & mask;
        }
    }

    private static int[] Resize(int[] table, ulong?[] hashes, int minimumUsed)
    {
        var size = MinimumSize;
        while (size <= minimumUsed)
        {
            size <<= 1;
        }

        var resized = new int[size];
        Array.Fill(resized, -1);
        foreach (var slot in table.Where(slot => slot >= 0))
        {
            Insert(resized, hashes, slot);
        }

        return resized;
    }
}
