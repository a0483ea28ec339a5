using System.Globalization;

namespace HydraEngine.FixtureBooru.Faults;

/// <summary>
/// Reads a fault rule from its command-line form <c>KIND[:OPTION]…</c>. Kinds: <c>429</c>/<c>ratelimit</c>,
/// <c>500</c>, <c>503</c>/<c>error</c>, <c>drop</c>, <c>truncate</c>, <c>slow</c>. Options: <c>pages</c>, <c>api</c>,
/// <c>files</c>, <c>all</c> (targets, combinable), <c>first=N</c>, <c>every=K</c>, <c>path=/prefix</c>,
/// <c>retry-after=S</c>, <c>status=N</c>, <c>bps=N</c>. Example: <c>429:files:first=2:retry-after=3</c>.
/// </summary>
public static class FaultRuleParser
{
    public static FaultRule Parse(string spec)
    {
        var parts = spec.Split(':', StringSplitOptions.TrimEntries);
        var rule = ParseKind(parts[0].ToLowerInvariant());
        var target = FaultTarget.None;
        foreach (var option in parts.Skip(1))
        {
            var (name, value) = SplitOption(option);
            switch (name)
            {
                case "pages": target |= FaultTarget.Pages; break;
                case "api": target |= FaultTarget.Api; break;
                case "files": target |= FaultTarget.Files; break;
                case "all": target |= FaultTarget.All; break;
                case "first": rule = rule with { FirstAttempts = Number(spec, value) }; break;
                case "every": rule = rule with { EveryKth = Number(spec, value) }; break;
                case "path": rule = rule with { PathPrefix = value }; break;
                case "retry-after": rule = rule with { RetryAfterSeconds = Number(spec, value) }; break;
                case "status": rule = rule with { StatusCode = Number(spec, value) }; break;
                case "bps": rule = rule with { BytesPerSecond = Number(spec, value) }; break;
                default: throw new FormatException($"unknown fault option '{option}' in '{spec}'");
            }
        }

        rule = rule with { Target = target == FaultTarget.None ? FaultTarget.All : target };
        rule.Validate();
        return rule;
    }

    private static FaultRule ParseKind(string kind) => kind switch
    {
        "429" or "ratelimit" => new FaultRule(FaultKind.RateLimit),
        "500" => new FaultRule(FaultKind.ServerError) { StatusCode = 500 },
        "503" or "error" => new FaultRule(FaultKind.ServerError),
        "drop" => new FaultRule(FaultKind.DropConnection),
        "truncate" => new FaultRule(FaultKind.TruncateBody),
        "slow" => new FaultRule(FaultKind.SlowBody),
        _ => throw new FormatException($"unknown fault kind '{kind}' (429, 500, 503, drop, truncate, slow)"),
    };

    private static (string Name, string Value) SplitOption(string option)
    {
        var equals = option.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (option.ToLowerInvariant(), "") : (option[..equals].ToLowerInvariant(), option[(equals + 1)..]);
    }

    private static int Number(string spec, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"'{value}' in '{spec}' is not a whole number");
}
