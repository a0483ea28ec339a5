using System.CommandLine;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary><c>hydra duplicates compare A B [--json]</c>: hydrus's comparison statements for a pair, each with its score, and which looks better.</summary>
internal static class DuplicatesCompareCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "SHA-256 of file A (the side the scores speak for)." };
        var b = new Argument<string>("b") { Description = "SHA-256 of file B." };
        var json = new Option<bool>("--json") { Description = "One JSON object: {\"a\",\"b\",\"score\",\"better\",\"pixel_duplicates\",\"statements\":[{\"name\",\"text\",\"score\"}]}." };
        var command = new Command("compare", "Compare two files as hydrus's duplicate filter does: resolution, size, type, age, tags, JPEG quality, each with a score.") { a, b, json };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return StoreCommandRunner.Run(error, () =>
            {
                using var opened = store.Open(parseResult, error);
                var (hashA, hashB) = (FileHash.Parse(parseResult.GetValue(a)!), FileHash.Parse(parseResult.GetValue(b)!));
                var comparison = opened.CompareDuplicates(hashA, hashB);
                if (parseResult.GetValue(json))
                {
                    var body = ComparisonJson.Of(comparison);
                    body.Insert(0, "a", hashA.ToHex());
                    body.Insert(1, "b", hashB.ToHex());
                    output.WriteLine(body.ToJsonString());
                    return 0;
                }

                foreach (var statement in comparison.Statements)
                {
                    output.WriteLine($"{statement.Score,5:+0;-0;0}  {statement.Name}: {statement.Text}");
                }

                var verdict = comparison.Better is { } better ? (better == hashA ? "A looks better" : "B looks better") : "neither looks better";
                output.WriteLine($"{comparison.Score,5:+0;-0;0}  total: {verdict}");
                return 0;
            });
        });
        return command;
    }
}
