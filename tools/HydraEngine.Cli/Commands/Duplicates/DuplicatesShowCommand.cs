using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary>
/// <c>hydra duplicates show HASH [--json]</c>: a file's King, duplicates, alternates and false positives.
/// JSON: <c>{"hash","king","duplicates":[...],"alternates":[...],"false_positives":[...]}</c> (plus "potentials").
/// </summary>
internal static class DuplicatesShowCommand
{
    public static Command Create()
    {
        var hash = new Argument<string>("hash") { Description = "SHA-256 of the file." };
        var json = new Option<bool>("--json") { Description = "One JSON object." };
        var command = new Command("show", "Show a file's duplicate group, alternates and false positives.") { hash, json };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return StoreCommandRunner.Run(error, () =>
            {
                using var opened = store.Open(parseResult, error);
                var info = opened.DuplicateInfo(FileHash.Parse(parseResult.GetValue(hash)!));
                if (parseResult.GetValue(json))
                {
                    output.WriteLine(new JsonObject
                    {
                        ["hash"] = info.Hash.ToHex(),
                        ["king"] = info.King.ToHex(),
                        ["duplicates"] = Array(info.Duplicates),
                        ["alternates"] = Array(info.Alternates),
                        ["false_positives"] = Array(info.FalsePositives),
                        ["potentials"] = Array(info.Potentials),
                    }.ToJsonString());
                    return 0;
                }

                output.WriteLine($"{info.Hash.ToHex()}{(info.King == info.Hash ? " (king)" : "")}");
                output.WriteLine($"king: {info.King.ToHex()}");
                foreach (var (label, hashes) in new[] { ("duplicates", info.Duplicates), ("alternates", info.Alternates), ("false positives", info.FalsePositives), ("potentials", info.Potentials) })
                {
                    output.WriteLine($"{label} ({hashes.Count}): {string.Join(' ', hashes.Select(item => item.ToHex()))}");
                }

                return 0;
            });
        });
        return command;
    }

    private static JsonArray Array(IEnumerable<FileHash> hashes) => new(hashes.Select(hash => (JsonNode?)hash.ToHex()).ToArray());
}
