using System.Text.Json.Nodes;
using HydraEngine.Model.Common;
using HydraEngine.Model.Network;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>Bandwidth Rules (38): <c>[[bandwidth_type, time_delta_or_null, max_allowed], …]</c>.</summary>
internal sealed class BandwidthRulesCodec : HydrusCodec<BandwidthRules>
{
    public override int TypeId => HydrusTypes.BandwidthRules;

    /// <summary>hydrus keeps the rules in a Python set, so loading reorders them as that set iterates.</summary>
    protected override BandwidthRules ReadInfo(HydrusNode info, string name)
    {
        var rules = info.Items("the bandwidth rules")
            .Where(rule => rule.ExpectArray(3, "a bandwidth rule [type, time_delta, max_allowed]"))
            .Select(rule => new BandwidthRule(rule[0].Enum<BandwidthType>("the bandwidth type"), rule[1].NullableInt64("the time delta"), rule[2].Int64("the maximum allowed")))
            .ToList();
        return new BandwidthRules(new EquatableArray<BandwidthRule>(PythonSetOrder.Order(rules, SetHash)));
    }

    private static ulong? SetHash(BandwidthRule rule) =>
        rule.TimeDeltaSeconds is { } delta ? PythonSetOrder.TupleHash([(long)rule.Type, delta, rule.MaxAllowed]) : null;

    protected override JsonNode? Write(BandwidthRules value, HydrusWriter writer) =>
        new JsonArray(value.Rules.Select(rule => (JsonNode)new JsonArray((int)rule.Type, rule.TimeDeltaSeconds, rule.MaxAllowed)).ToArray());
}

/// <summary>Domain Metadata Package (71): <c>(domain, headers_or_null, bandwidth_rules_or_null)</c>.</summary>
internal sealed class DomainMetadataPackageCodec : HydrusCodec<DomainMetadataPackage>
{
    public override int TypeId => HydrusTypes.DomainMetadataPackage;

    protected override DomainMetadataPackage ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(3, "a domain metadata package");
        var headers = info[1].IsNull
            ? (EquatableArray<CustomHeader>?)null
            : new EquatableArray<CustomHeader>(info[1].Items("the headers")
                .Where(header => header.ExpectArray(3, "a header [name, value, reason]"))
                .Select(header => new CustomHeader(header[0].String("the header name"), header[1].String("the header value"), header[2].String("the reason")))
                .ToList());
        var rules = info[2].IsNull ? null : info[2].Object<BandwidthRules>("the bandwidth rules", new BandwidthRules(default));
        return new DomainMetadataPackage(info[0].String("the domain"), headers, rules);
    }

    protected override JsonNode? Write(DomainMetadataPackage value, HydrusWriter writer) =>
        new JsonArray(
            value.Domain,
            value.Headers is { } headers ? new JsonArray(headers.Select(header => (JsonNode)new JsonArray(header.Name, header.Value, header.Reason)).ToArray()) : null,
            value.BandwidthRules is { } rules ? writer.Write(rules) : null);
}

/// <summary>Checker Options (52): <c>(intended_files_per_check, never_faster_than, never_slower_than, [death_files, death_period])</c>.</summary>
internal sealed class CheckerOptionsCodec : HydrusCodec<CheckerOptions>
{
    public override int TypeId => HydrusTypes.CheckerOptions;

    protected override CheckerOptions ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(4, "checker options");
        info[3].ExpectArray(2, "the death file velocity [files, period]");
        return new CheckerOptions(
            info[0].Int64("the intended files per check"),
            info[1].Int64("never faster than"),
            info[2].Int64("never slower than"),
            info[3][0].Int64("the death velocity files"),
            info[3][1].Int64("the death velocity period"));
    }

    protected override JsonNode? Write(CheckerOptions value, HydrusWriter writer) =>
        new JsonArray(value.IntendedFilesPerCheck, value.NeverFasterThanSeconds, value.NeverSlowerThanSeconds, new JsonArray(value.DeathFileVelocityFiles, value.DeathFileVelocityPeriodSeconds));
}
