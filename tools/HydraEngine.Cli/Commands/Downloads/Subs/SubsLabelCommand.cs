using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs label NAME QUERY LABEL</c>.</summary>
internal static class SubsLabelCommand
{
    public static Command Create()
    {
        var name = SubsCommand.Name();
        var query = new Argument<string>("query") { Description = "The query's text (or its current label)." };
        var label = new Argument<string>("label") { Description = "The label to show instead of the query text (\"\" clears it)." };
        var command = new Command("label", "Give a query a label, shown instead of its search text (e.g. an artist's name for an id search).")
        {
            name, query, label,
        };
        return SubsCommand.Simple(command, (parseResult, engine) =>
        {
            var text = parseResult.GetValue(label)!;
            engine.SetQueryLabel(parseResult.GetValue(name)!, parseResult.GetValue(query)!, text);
            return string.IsNullOrWhiteSpace(text) ? $"cleared the label of '{parseResult.GetValue(query)}'" : $"'{parseResult.GetValue(query)}' is labelled '{text.Trim()}'";
        });
    }
}
