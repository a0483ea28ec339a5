using System.CommandLine;
using HydraEngine.Storage;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>hydra file HASH [--json]</c>: everything the store knows about one file.</summary>
internal static class FileCommand
{
    public static Command Create()
    {
        var hash = new Argument<string>("hash") { Description = "The file's SHA-256 (64 hex digits), or its first 6 or more digits." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("file", "Show a file: type, size, resolution, services, times, URLs, notes, tags.") { hash, json };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            using var opened = store.Open(parseResult, Console.Error, StoreAccess.Reads);
            var parsed = opened.ResolveHashPrefix(parseResult.GetValue(hash)!);
            var report = opened.GetFile(parsed) ?? throw new StoreException($"the store knows nothing of {parsed.ToHex()}");
            if (parseResult.GetValue(json))
            {
                Console.Out.WriteLine(FileJson.Line(report));
            }
            else
            {
                FileText.Write(report, Console.Out);
            }

            return 0;
        }));
        return command;
    }
}
