namespace HydraEngine.Storage.Repositories;

/// <summary>Non-negative ids to positive ids below 2^31, in pages of <see cref="PageSize"/>; 0 means unknown.</summary>
internal sealed class DenseIdMap(int pageBudget)
{
    public const int PageBits = 16;
    public const int PageSize = 1 << PageBits;

    private readonly Dictionary<long, int[]> pages = [];

    public bool TryGet(long key, out long value)
    {
        value = 0;
        if (key >= 0 && pages.TryGetValue(key >> PageBits, out var page))
        {
            value = page[key & (PageSize - 1)];
        }

        return value != 0;
    }

    /// <summary>Remembers <paramref name="key"/> → <paramref name="value"/> unless either is outside what the map holds.</summary>
    public void Set(long key, long value)
    {
        if (key < 0 || value is <= 0 or > int.MaxValue)
        {
            return;
        }

        if (!pages.TryGetValue(key >> PageBits, out var page))
        {
            if (pages.Count >= pageBudget)
            {
                pages.Clear();
            }

            pages[key >> PageBits] = page = new int[PageSize];
        }

        page[key & (PageSize - 1)] = (int)value;
    }
}
