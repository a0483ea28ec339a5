using HydraEngine.Model.Common;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Search;

/// <summary>How a system predicate compares a number.</summary>
public enum NumberComparison
{
    Less,
    LessOrEqual,
    Equal,
    NotEqual,
    GreaterOrEqual,
    Greater,
}

/// <summary><c>system:everything</c>.</summary>
public sealed record EverythingPredicate : SearchPredicate;

/// <summary><c>system:inbox</c>.</summary>
public sealed record InboxPredicate : SearchPredicate;

/// <summary><c>system:archive</c>.</summary>
public sealed record ArchivePredicate : SearchPredicate;

/// <summary><c>system:filesize &gt; 5MB</c>.</summary>
public sealed record FileSizePredicate(NumberComparison Comparison, long Bytes) : SearchPredicate;

/// <summary>Which side of the image <see cref="DimensionPredicate"/> looks at.</summary>
public enum Dimension
{
    Width,
    Height,
}

/// <summary><c>system:width &gt;= 1920</c>, <c>system:height = 1080</c>.</summary>
public sealed record DimensionPredicate(Dimension Dimension, NumberComparison Comparison, int Pixels) : SearchPredicate;

/// <summary>
/// <c>system:import time &lt; 7 days</c> (an age: younger than) or <c>system:import time &gt; 2024-01-31</c> (a UTC day:
/// after it). Exactly one of <see cref="Age"/> and <see cref="Day"/> is set.
/// </summary>
public sealed record ImportTimePredicate(NumberComparison Comparison, TimeSpan? Age, DateOnly? Day) : SearchPredicate;

/// <summary><c>system:hash = abc…</c>: any of the given files.</summary>
public sealed record HashPredicate(EquatableArray<FileHash> Hashes) : SearchPredicate;

/// <summary>How <see cref="KnownUrlPredicate"/> matches.</summary>
public enum UrlMatch
{
    /// <summary>The file has any known URL.</summary>
    Any,

    /// <summary>Exactly this URL.</summary>
    Exact,

    /// <summary>A URL on this domain or a subdomain of it.</summary>
    Domain,

    /// <summary>A URL containing this text.</summary>
    Contains,
}

/// <summary><c>system:known url</c>, <c>system:known url = URL</c>, <c>system:known url domain example.com</c>, <c>system:known url contains TEXT</c>.</summary>
public sealed record KnownUrlPredicate(UrlMatch Match, string? Value) : SearchPredicate;

/// <summary><c>system:number of tags &gt; 5</c> (storage tags in the searched tag services); <c>system:untagged</c> is <c>= 0</c>.</summary>
public sealed record TagCountPredicate(NumberComparison Comparison, int Count) : SearchPredicate;

/// <summary><c>system:filetype = image/png</c> (also an extension or <c>image/*</c>).</summary>
public sealed record FileTypePredicate(EquatableArray<FileMime> Mimes) : SearchPredicate;
