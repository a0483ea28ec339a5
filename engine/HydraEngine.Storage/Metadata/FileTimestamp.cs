namespace HydraEngine.Storage.Metadata;

/// <summary>One timestamp of a file. <see cref="Location"/> is the web domain for source times, else empty.</summary>
public sealed record FileTimestamp(TimestampType Type, string Location, DateTimeOffset Time);
