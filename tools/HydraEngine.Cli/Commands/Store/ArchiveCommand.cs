using System.CommandLine;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>hydra archive HASH... [--inbox]</c>: move files out of (or back into) the inbox.</summary>
internal static class ArchiveCommand
{
    public static Command Create()
    {
        var hashes = new Argument<string[]>("hashes") { Arity = ArgumentArity.OneOrMore, Description = "SHA-256 hashes of the files." };
        var inbox = new Option<bool>("--inbox") { Description = "Put the files back in the inbox instead." };
        var command = new Command("archive", "Archive files (take them out of the inbox).") { hashes, inbox };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            var parsed = HashArguments.Parse(parseResult.GetValue(hashes)!);
            using var opened = store.Open(parseResult, Console.Error);
            var changed = parseResult.GetValue(inbox) ? opened.Inbox(parsed) : opened.Archive(parsed);
            Console.Out.WriteLine($"{changed} changed");
            return 0;
        }));
        return command;
    }
}
