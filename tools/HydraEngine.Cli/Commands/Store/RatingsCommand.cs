using System.CommandLine;
using HydraEngine.Storage.Services;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// <c>hydra ratings add NAME --like | --stars N | --incdec</c> and <c>hydra ratings list</c>: hydrus's local rating
/// services (like/dislike, 1 to N stars, inc/dec counters), which the Client API lists and rates files in.
/// </summary>
internal static class RatingsCommand
{
    public static Command Create()
    {
        var command = new Command("ratings", "Rating services: like/dislike, numerical (stars) and inc/dec.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The new rating service's name." };
        var like = new Option<bool>("--like") { Description = "A like/dislike service." };
        var stars = new Option<int?>("--stars") { Description = "A numerical service of 1 to N stars (N from 1 to 20)." };
        var incDec = new Option<bool>("--incdec") { Description = "An inc/dec service (a whole-number counter per file)." };
        var command = new Command("add", "Add a rating service (exactly one of --like, --stars N, --incdec).") { name, like, stars, incDec };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            var starCount = parseResult.GetValue(stars);
            var kinds = new[] { parseResult.GetValue(like), starCount is not null, parseResult.GetValue(incDec) };
            if (kinds.Count(chosen => chosen) != 1)
            {
                Console.Error.WriteLine("error: give exactly one of --like, --stars N and --incdec");
                return ExitCodes.Failed;
            }

            var type = kinds[0] ? ServiceType.LocalRatingLike : starCount is not null ? ServiceType.LocalRatingNumerical : ServiceType.LocalRatingIncDec;
            using var opened = store.Open(parseResult, Console.Error);
            var added = opened.AddRatingService(parseResult.GetValue(name)!, type, starCount);
            Console.Out.WriteLine($"added rating service '{added.Name}'");
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the rating services.");
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            using var opened = store.Open(parseResult, Console.Error, StoreAccess.Reads);
            foreach (var service in opened.RatingServices())
            {
                var kind = service.MaxStars is { } max ? $"{max} stars" : service.Type == ServiceType.LocalRatingLike ? "like/dislike" : "inc/dec";
                Console.Out.WriteLine($"{service.Name,-20} {kind}");
            }

            return 0;
        }));
        return command;
    }
}
