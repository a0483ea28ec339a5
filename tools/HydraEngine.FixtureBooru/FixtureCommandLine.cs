using System.Globalization;
using HydraEngine.FixtureBooru.Faults;

namespace HydraEngine.FixtureBooru;

/// <summary>The program's command line: options, fault rules and the login switch.</summary>
public sealed record FixtureCommandLine(FixtureBooruOptions Options, IReadOnlyList<FaultRule> FaultRules, bool RequireLogin, bool ShowHelp)
{
    public const string Usage =
        """
        usage: dotnet run --project tools/HydraEngine.FixtureBooru -- [options]
          --port N            loopback port (default 8089; 0 picks a free one)
          --seed N            content seed (default 1)
          --posts N           number of posts (default 60)
          --per-page N        posts per gallery page (default 20)
          --fault SPEC        add a fault rule (repeatable); --faults SPEC,SPEC,... adds several
                              SPEC = KIND[:OPTION]...  KIND: 429 500 503 drop truncate slow
                              OPTION: pages api files all first=N every=K path=/prefix retry-after=S status=N bps=N
                              e.g. --fault 429:files:first=2:retry-after=3 --fault truncate:files:every=4
          --require-login     pages and the API answer 403 without the session cookie
        """;

    public static FixtureCommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new FixtureBooruOptions { Port = 8089 };
        var rules = new List<FaultRule>();
        var requireLogin = false;
        for (var index = 0; index < args.Count; index++)
        {
            var argument = args[index];
            string Value() => index + 1 < args.Count ? args[++index] : throw new FormatException($"{argument} needs a value");
            switch (argument)
            {
                case "--port": options = options with { Port = Number(Value()) }; break;
                case "--seed": options = options with { Seed = Number(Value()) }; break;
                case "--posts": options = options with { PostCount = Number(Value()) }; break;
                case "--per-page": options = options with { PostsPerPage = Number(Value()) }; break;
                case "--fault": rules.Add(FaultRuleParser.Parse(Value())); break;
                case "--faults": rules.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(FaultRuleParser.Parse)); break;
                case "--require-login": requireLogin = true; break;
                case "--help" or "-h": return new FixtureCommandLine(options, rules, requireLogin, ShowHelp: true);
                default: throw new FormatException($"unknown argument '{argument}'");
            }
        }

        return new FixtureCommandLine(options, rules, requireLogin, ShowHelp: false);
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"'{text}' is not a whole number");
}
