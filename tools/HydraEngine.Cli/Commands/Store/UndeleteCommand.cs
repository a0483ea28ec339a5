using System.CommandLine;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>hydra undelete [HASH...]</c>: back from the trash (no hashes: everything in the trash).</summary>
internal static class UndeleteCommand
{
    public static Command Create()
    {
        var hashes = new Argument<string[]>("hashes") { Arity = ArgumentArity.ZeroOrMore, Description = "SHA-256 hashes; none means every file in the trash." };
        var command = new Command("undelete", "Restore files from the trash to the domains they were deleted from.") { hashes };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            var given = parseResult.GetValue(hashes) ?? [];
            var parsed = given.Length == 0 ? null : HashArguments.Parse(given);
            using var opened = store.Open(parseResult, Console.Error);
            var restored = opened.Undelete(parsed);
            foreach (var hash in restored)
            {
                Console.Out.WriteLine($"restored  {hash.ToHex()}");
            }

            Console.Out.WriteLine($"{restored.Count} restored");
            foreach (var reason in UndeleteReasons.For(opened, parsed, restored))
            {
                Console.Error.WriteLine(reason);
            }

            return parsed is not null && restored.Count < parsed.Count ? StoreCommandRunner.Failed : 0;
        }));
        return command;
    }
}
