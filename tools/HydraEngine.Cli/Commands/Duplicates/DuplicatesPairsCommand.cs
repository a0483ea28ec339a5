using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands.Store;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary><c>hydra duplicates pairs [--json] [--limit N] [--distance N]</c>: potential pairs as their groups' Kings, closest first.</summary>
internal static class DuplicatesPairsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line: {\"a\",\"b\",\"distance\",\"comparison\"} (comparison: A against B, as duplicates compare --json gives it)." };
        var limit = new Option<int?>("--limit") { Description = "Print at most N pairs." };
        var distance = new Option<int?>("--distance") { Description = "Only pairs at most this far apart." };
        var command = new Command("pairs", "List potential duplicate pairs.") { json, limit, distance };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return StoreCommandRunner.Run(error, () =>
            {
                using var opened = store.Open(parseResult, error);
                var pairs = opened.PotentialPairs(parseResult.GetValue(distance), Math.Max(0, parseResult.GetValue(limit) ?? int.MaxValue));
                foreach (var pair in pairs)
                {
                    output.WriteLine(parseResult.GetValue(json)
                        ? new JsonObject { ["a"] = pair.KingA.ToHex(), ["b"] = pair.KingB.ToHex(), ["distance"] = pair.Distance, ["comparison"] = ComparisonJson.Of(opened.CompareDuplicates(pair.KingA, pair.KingB)) }.ToJsonString()
                        : $"{pair.KingA.ToHex()} {pair.KingB.ToHex()} {pair.Distance}");
                }

                return 0;
            });
        });
        return command;
    }
}
