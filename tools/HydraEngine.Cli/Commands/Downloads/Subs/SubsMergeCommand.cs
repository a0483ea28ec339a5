using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs merge TARGET SOURCE...</c>.</summary>
internal static class SubsMergeCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("target") { Description = "The subscription that keeps the queries." };
        var sources = new Argument<string[]>("source") { Description = "Subscriptions (same GUG) whose queries move into the target; they are removed.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Merge subscriptions that use the same GUG into one: their queries (with their logs) move to TARGET; duplicate queries are dropped.")
        {
            target, sources,
        };
        return SubsCommand.Simple(command, (parseResult, engine) =>
        {
            var into = parseResult.GetValue(target)!;
            var (moved, dropped) = engine.MergeSubscriptions(into, parseResult.GetValue(sources)!);
            return $"merged into '{into}': {moved} quer{(moved == 1 ? "y" : "ies")} moved" + (dropped > 0 ? $", {dropped} duplicate{(dropped == 1 ? "" : "s")} dropped" : "");
        });
    }
}
