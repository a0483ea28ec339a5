using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands.Downloads;
using HydraEngine.Cli.Commands.Store;

namespace HydraEngine.Cli.Commands.Repos;

/// <summary><c>hydra repos list [--json]</c>.</summary>
internal static class ReposListCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "One JSON line: {\"repositories\":[{\"name\",\"host\",\"port\",\"paused\"}]}." };
        var command = new Command("list", "List the store's tag repositories.") { json };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction((parseResult, _) => ReposCommandRunner.RunAsync(parseResult, store, opened =>
        {
            var all = opened.Repositories.All();
            if (parseResult.GetValue(json))
            {
                var list = new JsonArray([.. all.Select(repository => new JsonObject { ["name"] = repository.Name, ["host"] = repository.Host, ["port"] = repository.Port, ["paused"] = repository.Paused })]);
                Console.Out.WriteLine(DownloadJson.Text(new JsonObject { ["repositories"] = list }));
            }
            else
            {
                foreach (var repository in all)
                {
                    Console.Out.WriteLine($"{repository.Name}\t{repository.Host}:{repository.Port}{(repository.Paused ? "\tpaused" : "")}");
                }

                if (all.Count == 0)
                {
                    Console.Out.WriteLine("no repositories; add one with 'hydra repos add'.");
                }
            }

            return Task.FromResult(0);
        }));
        return command;
    }
}
