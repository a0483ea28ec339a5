using System.CommandLine;
using HydraEngine.Cli.Commands.Store;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary>
/// <c>hydra duplicates scan [--distance N]</c>: hashes stored images that have no perceptual hash yet, then
/// searches every file not yet searched at N into potential pairs (hydrus's similar-files maintenance).
/// </summary>
internal static class DuplicatesScanCommand
{
    public static Command Create()
    {
        var distance = new Option<int>("--distance") { Description = "Largest Hamming distance for a potential pair: 0 exact, 2 very similar, 4 similar, 8 speculative (default 0, hydrus's).", DefaultValueFactory = _ => 0 };
        var command = new Command("scan", "Hash stored images and search them into potential duplicate pairs.") { distance };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return StoreCommandRunner.Run(error, () =>
            {
                var wanted = parseResult.GetValue(distance);
                if (wanted is < 0 or > 64)
                {
                    error.WriteLine($"error: --distance must be 0 to 64 (got {wanted})");
                    return StoreCommandRunner.Failed;
                }

                using var opened = store.Open(parseResult, error);
                var report = opened.ScanForDuplicates(wanted);
                output.WriteLine($"hashed {report.FilesHashed} files ({report.FilesWithoutHashes} without hashes), searched {report.FilesSearched} at distance {report.Distance}; {report.PotentialPairs} potential pairs");
                return 0;
            });
        });
        return command;
    }
}
