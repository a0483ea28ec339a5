using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>What an auto-resolution rule sees of one file of a potential pair.</summary>
public sealed record AutoResolutionFile(FileHash Hash, FileMime Mime, long Size, int Width, int Height)
{
    /// <summary>When the file was first imported, if known.</summary>
    public DateTimeOffset? ImportTime { get; init; }

    public bool HasExif { get; init; }

    public bool HasIccProfile { get; init; }
}

/// <summary>A potential pair as the rules see it: its two Kings, their distance and whether they are pixel duplicates.</summary>
public sealed record AutoResolutionPair(AutoResolutionFile First, AutoResolutionFile Second, int Distance, bool PixelDuplicates);

/// <summary>A rule's verdict on a pair: <see cref="Better"/> is kept as the better file, <see cref="Worse"/> joins its group (and goes to the trash, as hydrus's suggested rules say).</summary>
public sealed record AutoResolutionDecision(string Rule, FileHash Better, FileHash Worse);
