using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Library.Lookup;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>
/// <c>hydra url URL... [--json]</c>: what the library makes of each URL. With <c>--json</c>, one line per URL:
/// <c>{"url","url_class","url_type","normalised","fetch_url","referral_url","parser"}</c>, nulls where none.
/// </summary>
internal static class UrlCommand
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var database = LibraryOptions.Database();
        var urls = new Argument<string[]>("urls") { Arity = ArgumentArity.OneOrMore, Description = "The URLs to look up." };
        var json = LibraryOptions.Json("One JSON object per URL: url, url_class, url_type, normalised, fetch_url, referral_url, parser.");
        var command = new Command("url", "Which URL class a URL is, its normalised form, the URL to fetch, the referral URL and the parser.") { urls, json, database };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, error) =>
        {
            var failed = false;
            foreach (var url in parseResult.GetValue(urls)!)
            {
                var lookup = library.LookupUrl(url);
                failed |= lookup.Normalised is null;
                if (parseResult.GetValue(json))
                {
                    output.WriteLine(Json(lookup));
                }
                else
                {
                    Print(lookup, output);
                }

                if (lookup.Problem is { } problem)
                {
                    error.WriteLine($"{(lookup.Normalised is null ? "error" : "note")}: {url}: {problem}");
                }
            }

            return failed ? LibraryCommandRunner.Failed : 0;
        }, StoreAccess.Reads));
        return command;
    }

    internal static string Json(UrlLookup lookup) => new JsonObject
    {
        ["url"] = lookup.Url,
        ["url_class"] = lookup.UrlClass,
        ["url_type"] = lookup.UrlType,
        ["normalised"] = lookup.Normalised,
        ["fetch_url"] = lookup.FetchUrl,
        ["referral_url"] = lookup.ReferralUrl,
        ["parser"] = lookup.Parser,
    }.ToJsonString(Compact);

    private static void Print(UrlLookup lookup, TextWriter output)
    {
        output.WriteLine(lookup.Url);
        output.WriteLine($"  url class   {(lookup.UrlClass is null ? "none (an unknown URL)" : $"{lookup.UrlClass} ({lookup.UrlType ?? "other"})")}");
        output.WriteLine($"  normalised  {lookup.Normalised ?? "-"}");
        output.WriteLine($"  fetch       {lookup.FetchUrl ?? "-"}");
        output.WriteLine($"  referral    {lookup.ReferralUrl ?? "-"}");
        output.WriteLine($"  parser      {lookup.Parser ?? "none"}");
    }
}
