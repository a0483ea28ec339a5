using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace HydraEngine.Imaging.Similarity;

/// <summary>
/// One substring table of a <see cref="ChunkSet"/>: every (hash, id) row bucketed by <see cref="KeyBits"/> bits of
/// its chunk (bits [shift, shift + KeyBits)), direct-addressed (CSR): an offset array over every key value and the
/// rows packed in bucket order, each hash beside its id, so verifying a bucket reads one contiguous run of memory.
/// </summary>
internal sealed class ChunkTable
{
    private readonly int shift;
    private readonly uint keyMask;
    private readonly int[] starts;
    private readonly HashRow[] rows;

    public ChunkTable(int shift, int keyBits, HashRow[] source)
    {
        this.shift = shift;
        KeyBits = keyBits;
        keyMask = (1u << keyBits) - 1;
        starts = new int[(1 << keyBits) + 1];
        foreach (var row in source)
        {
            starts[KeyOf(row.Hash) + 1]++;
        }

        for (var key = 1; key < starts.Length; key++)
        {
            starts[key] += starts[key - 1];
        }

        rows = new HashRow[source.Length];
        var next = starts[..^1];
        foreach (var row in source)
        {
            rows[next[KeyOf(row.Hash)]++] = row;
        }
    }

    public int KeyBits { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint KeyOf(ulong hash) => (uint)(hash >> shift) & keyMask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<HashRow> Bucket(uint key) => rows.AsSpan(starts[key], starts[key + 1] - starts[key]);

    /// <summary>Asks the CPU to start loading a bucket's rows, so several tables' buckets arrive together.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ReadOnlySpan<HashRow> bucket)
    {
        if (Sse.IsSupported && !bucket.IsEmpty)
        {
            fixed (HashRow* first = bucket)
            {
                Sse.Prefetch0(first);
            }
        }
    }
}
