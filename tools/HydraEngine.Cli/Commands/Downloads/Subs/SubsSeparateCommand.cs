using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs separate NAME [QUERY...]</c>.</summary>
internal static class SubsSeparateCommand
{
    public static Command Create()
    {
        var name = SubsCommand.Name();
        var queries = new Argument<string[]>("query") { Description = "The queries to give their own subscription (default: every query but the first).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("separate", "Split queries out of a subscription: each becomes its own subscription \"NAME: LABEL\" with the same GUG, checker and limits.")
        {
            name, queries,
        };
        return SubsCommand.Simple(command, (parseResult, engine) =>
        {
            var chosen = parseResult.GetValue(queries) is { Length: > 0 } texts ? texts : null;
            var made = engine.SeparateSubscription(parseResult.GetValue(name)!, chosen);
            return made.Count == 0
                ? "nothing to separate: the subscription has one query"
                : $"separated {made.Count} quer{(made.Count == 1 ? "y" : "ies")}: {string.Join(", ", made.Select(newName => $"'{newName}'"))}";
        });
    }
}
