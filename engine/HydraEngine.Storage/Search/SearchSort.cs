namespace HydraEngine.Storage.Search;

/// <summary>What results are ordered by.</summary>
public enum SortKind
{
    ImportTime,
    FileSize,
    Random,

    /// <summary>By the file's tags in <see cref="SearchSort.Namespace"/> (human sort: "page:2" before "page:10").</summary>
    Tag,
}

/// <summary>Result order. <see cref="Seed"/> makes random order repeatable.</summary>
public sealed record SearchSort(SortKind Kind, bool Descending, string? Namespace = null, int? Seed = null)
{
    /// <summary>hydrus's default: newest imports first.</summary>
    public static SearchSort Default { get; } = new(SortKind.ImportTime, Descending: true);
}
