using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs check-now NAME</c>.</summary>
internal static class SubsCheckNowCommand
{
    public static Command Create()
    {
        var name = SubsCommand.Name();
        var command = new Command("check-now", "Make every query of a subscription (dead and paused ones too) sync at the next `hydra run`.") { name };
        return SubsCommand.Simple(command, (parseResult, engine) =>
        {
            var subscription = parseResult.GetValue(name)!;
            engine.CheckSubscriptionNow(subscription);
            return $"'{subscription}' syncs every query at the next `hydra run`";
        });
    }
}
