namespace HydraEngine.Storage.Tags;

/// <summary>A tag and how many files have it.</summary>
public sealed record TagCount(string Tag, long Count);
