using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Downloading;
using HydraEngine.Network.Limits;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>
/// <c>hydra limits list|set|remove</c>: the largest page and file read from a domain (and its subdomains), kept in the
/// database; <c>default</c> stands for every domain without its own.
/// </summary>
internal static class LimitsCommand
{
    private const string DefaultName = "default";

    public static Command Create() => new("limits", "The largest page and file downloads read from each domain (a bigger one fails with a clear error instead of filling memory or disk).")
    {
        List(), Set(), Remove(),
    };

    private static Command List()
    {
        var json = SessionOptions.Json("Print {\"defaults\":{\"max_page_bytes\",\"max_file_bytes\"},\"domains\":[{\"domain\",\"max_page_bytes\",\"max_file_bytes\"}]} (null: the default applies).");
        var command = new Command("list", "Show the limits in force: the defaults, then each domain's own.") { json };
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, _) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            await using var opened = session.Open(parseResult, error, access: StoreAccess.Reads);
            var limits = opened.Network.Limits;
            var (page, file) = (limits.DefaultMaxPageBytes, limits.DefaultMaxFileBytes);
            var domains = limits.All().Where(limit => limit.Domain != SizeLimits.Default).ToList();
            if (parseResult.GetValue(json))
            {
                var rows = new JsonArray([.. domains.Select(limit => (JsonNode)new JsonObject { ["domain"] = limit.Domain, ["max_page_bytes"] = limit.MaxPageBytes, ["max_file_bytes"] = limit.MaxFileBytes })]);
                output.WriteLine(new JsonObject { ["defaults"] = new JsonObject { ["max_page_bytes"] = page, ["max_file_bytes"] = file }, ["domains"] = rows }.ToJsonString());
                return 0;
            }

            output.WriteLine($"default: pages up to {HydraEngine.Definitions.Files.InputFile.Describe(page)}, files up to {HydraEngine.Definitions.Files.InputFile.Describe(file)}");
            foreach (var limit in domains)
            {
                output.WriteLine($"{limit.Domain}: pages up to {Describe(limit.MaxPageBytes)}, files up to {Describe(limit.MaxFileBytes)}");
            }

            return 0;
        }));
        return command;
    }

    private static Command Set()
    {
        var domain = new Argument<string>("domain") { Description = "A domain (example.com also covers img.example.com), or `default` for every domain without its own limits." };
        var page = new Option<string?>("--page-size") { Description = "The largest page (HTML, JSON) read, e.g. 64MB." };
        var file = new Option<string?>("--file-size") { Description = "The largest file downloaded, e.g. 2GiB." };
        var command = new Command("set", "Set a domain's (or the default) page and file size limits.") { domain, page, file };
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, _) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            var pageBytes = parseResult.GetValue(page) is { } pageText ? ByteSize.Parse(pageText, "--page-size") : (long?)null;
            var fileBytes = parseResult.GetValue(file) is { } fileText ? ByteSize.Parse(fileText, "--file-size") : (long?)null;
            if (pageBytes is null && fileBytes is null)
            {
                throw new DownloadException("give --page-size, --file-size or both (`hydra limits remove` removes a domain's limits)");
            }

            await using var opened = session.Open(parseResult, error);
            var name = DomainOf(parseResult.GetValue(domain)!);
            var current = opened.Network.Limits.All().FirstOrDefault(limit => limit.Domain == name);
            Apply(() => opened.Network.Limits.Set(name, pageBytes ?? current?.MaxPageBytes, fileBytes ?? current?.MaxFileBytes));
            output.WriteLine($"{Label(name)}: pages up to {Describe(pageBytes ?? current?.MaxPageBytes)}, files up to {Describe(fileBytes ?? current?.MaxFileBytes)}");
            return 0;
        }));
        return command;
    }

    private static Command Remove()
    {
        var domain = new Argument<string>("domain") { Description = "The domain whose own limits go (the default then applies), or `default`." };
        var command = new Command("remove", "Remove a domain's own limits.") { domain };
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, _) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            await using var opened = session.Open(parseResult, error);
            var name = DomainOf(parseResult.GetValue(domain)!);
            var removed = false;
            Apply(() => removed = opened.Network.Limits.Remove(name));
            output.WriteLine(removed ? $"{Label(name)}: limits removed" : $"{Label(name)} had no limits of its own");
            return 0;
        }));
        return command;
    }

    private static void Apply(Action change)
    {
        try
        {
            change();
        }
        catch (ArgumentException exception)
        {
            throw new DownloadException(exception.Message, exception);
        }
    }

    private static string DomainOf(string given) => string.Equals(given, DefaultName, StringComparison.OrdinalIgnoreCase) ? SizeLimits.Default : given;

    private static string Label(string domain) => domain.Length == 0 ? DefaultName : domain;

    private static string Describe(long? bytes) => bytes is { } value ? HydraEngine.Definitions.Files.InputFile.Describe(value) : "the default";
}
