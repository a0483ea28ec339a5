using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs remove NAME</c>.</summary>
internal static class SubsRemoveCommand
{
    public static Command Create()
    {
        var name = SubsCommand.Name();
        var command = new Command("remove", "Remove a subscription and its queries (files already downloaded stay in the store).") { name };
        return SubsCommand.Simple(command, (parseResult, engine) =>
        {
            var subscription = parseResult.GetValue(name)!;
            engine.RemoveSubscription(subscription);
            return $"removed '{subscription}'";
        });
    }
}
