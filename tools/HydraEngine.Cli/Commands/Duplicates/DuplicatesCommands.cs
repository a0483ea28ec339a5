using System.CommandLine;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary><c>hydra duplicates ...</c>: perceptual hashes, similar-file pairs and duplicate groups.</summary>
public static class DuplicatesCommands
{
    public static Command Create()
    {
        var command = new Command("duplicates", "Perceptual hashes, potential duplicate pairs and duplicate groups (hydrus's duplicates system).");
        command.Subcommands.Add(DuplicatesHashCommand.Create());
        command.Subcommands.Add(DuplicatesScanCommand.Create());
        command.Subcommands.Add(DuplicatesPairsCommand.Create());
        command.Subcommands.Add(DuplicatesSetCommand.Create());
        command.Subcommands.Add(DuplicatesShowCommand.Create());
        command.Subcommands.Add(DuplicatesCompareCommand.Create());
        command.Subcommands.Add(DuplicatesRemoveCommand.CreateRemove());
        command.Subcommands.Add(DuplicatesRemoveCommand.CreateDissolve());
        command.Subcommands.Add(DuplicatesAutoCommand.Create());
        return command;
    }
}
