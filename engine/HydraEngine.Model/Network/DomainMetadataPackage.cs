using HydraEngine.Model.Common;

namespace HydraEngine.Model.Network;

/// <summary>hydrus Domain Metadata Package (71): custom headers and bandwidth rules for a domain.</summary>
public sealed record DomainMetadataPackage(
    string Domain,
    EquatableArray<CustomHeader>? Headers,
    BandwidthRules? BandwidthRules) : Definition;

public sealed record CustomHeader(string Name, string Value, string Reason);

public enum BandwidthType
{
    Data = 0,
    Requests = 1,
}

/// <summary>hydrus Bandwidth Rules (38). hydrus keeps the rules in a set, so equality ignores their order.</summary>
public sealed record BandwidthRules(EquatableArray<BandwidthRule> Rules) : Definition
{
    public bool Equals(BandwidthRules? other) =>
        other is not null && Rules.Count == other.Rules.Count && Rules.ToHashSet().SetEquals(other.Rules);

    public override int GetHashCode() => Rules.Aggregate(0, (hash, rule) => hash ^ rule.GetHashCode());
}

/// <summary>At most <see cref="MaxAllowed"/> per <see cref="TimeDeltaSeconds"/> (null = per calendar month).</summary>
public sealed record BandwidthRule(BandwidthType Type, long? TimeDeltaSeconds, long MaxAllowed);

/// <summary>hydrus Checker Options (52): how often watchers and subscriptions check.</summary>
public sealed record CheckerOptions(
    long IntendedFilesPerCheck,
    long NeverFasterThanSeconds,
    long NeverSlowerThanSeconds,
    long DeathFileVelocityFiles,
    long DeathFileVelocityPeriodSeconds) : Definition
{
    public static CheckerOptions Default { get; } = new(8, 300, 86400, 1, 86400);
}
