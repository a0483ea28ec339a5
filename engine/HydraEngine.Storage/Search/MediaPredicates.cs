namespace HydraEngine.Storage.Search;

/// <summary><c>system:duration &gt; 5 seconds</c>; files without a duration never match a comparison.</summary>
public sealed record DurationPredicate(NumberComparison Comparison, long Milliseconds) : SearchPredicate;

/// <summary><c>system:number of frames &gt; 10</c>.</summary>
public sealed record FrameCountPredicate(NumberComparison Comparison, int Frames) : SearchPredicate;

/// <summary>What a file has or lacks: <c>system:has duration</c>, <c>no duration</c>, <c>has frames</c>, <c>no frames</c>.</summary>
public sealed record MediaPresencePredicate(MediaProperty Property, bool Has) : SearchPredicate;

/// <summary>The properties <see cref="MediaPresencePredicate"/> looks at.</summary>
public enum MediaProperty
{
    Duration,
    Frames,
}

/// <summary>How <see cref="RatioPredicate"/> compares width:height.</summary>
public enum RatioComparison
{
    Equal,
    WiderThan,
    TallerThan,
    /// <summary>Within 1%.</summary>
    About,
}

/// <summary><c>system:ratio = 16:9</c>, <c>wider than 4:3</c>, <c>taller than 1:1</c>, <c>~= 16:9</c>; <c>is square|portrait|landscape</c>.</summary>
public sealed record RatioPredicate(RatioComparison Comparison, int Width, int Height) : SearchPredicate;

/// <summary><c>system:number of notes &gt; 1</c>; <c>has notes</c> is <c>&gt; 0</c>, <c>no notes</c> is <c>= 0</c>.</summary>
public sealed record NoteCountPredicate(NumberComparison Comparison, int Count) : SearchPredicate;

/// <summary><c>system:has note with name NAME</c> (or, with <see cref="Has"/> false, <c>no note with name NAME</c>).</summary>
public sealed record NoteNamePredicate(string Name, bool Has) : SearchPredicate;

/// <summary><c>system:note contains TEXT</c>: a note whose text contains TEXT (ignoring case).</summary>
public sealed record NoteTextPredicate(string Text) : SearchPredicate;

/// <summary>
/// <c>system:has url with class NAME</c>: a known URL that the downloader library's URL class NAME matches; the
/// search needs <see cref="SearchOptions.UrlClassOf"/> (the store knows no URL classes).
/// </summary>
public sealed record UrlClassPredicate(string Name) : SearchPredicate;
