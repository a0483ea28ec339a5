using HydraEngine.Definitions;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Login;
using HydraEngine.Model.Network;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Parsing.Content.Types;

namespace HydraEngine.Cli.Commands;

/// <summary>The human summary of <c>inspect</c>: what a person checks before importing a downloader.</summary>
internal static class InspectSummary
{
    public static void Write(DefinitionLoadResult result, TextWriter output)
    {
        output.WriteLine($"{result.Source} ({result.Format?.ToString() ?? "unknown format"})");
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine($"  {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code} at {(diagnostic.Path.Length == 0 ? "/" : diagnostic.Path)}: {diagnostic.Message}");
        }

        if (result.Succeeded)
        {
            var items = result.Definition is DefinitionList list ? list.Items.AsEnumerable() : [result.Definition!];
            foreach (var item in items)
            {
                WriteObject(item, output, "  ");
            }
        }

        output.WriteLine();
    }

    private static void WriteObject(Definition definition, TextWriter output, string indent)
    {
        output.WriteLine($"{indent}{DefinitionDescriptions.HydrusNameOf(definition)}: {DefinitionDescriptions.NameOf(definition) ?? "(unnamed)"}");
        var detail = indent + "    ";
        foreach (var line in Details(definition))
        {
            output.WriteLine(detail + line);
        }
    }

    private static IEnumerable<string> Details(Definition definition) => definition switch
    {
        UrlClass urlClass =>
        [
            $"{urlClass.UrlType.ToString().ToLowerInvariant()} url on {string.Join(", ", urlClass.DomainMask.RawDomains.Concat(urlClass.DomainMask.DomainRegexes))}{(urlClass.DomainMask.MatchSubdomains ? " (and subdomains)" : "")}",
            $"example url: {urlClass.ExampleUrl}",
        ],
        GalleryUrlGenerator gug => [$"template: {gug.UrlTemplate}", $"example search: \"{gug.ExampleSearchText}\""],
        NestedGalleryUrlGenerator nested => [$"runs: {string.Join(", ", nested.Generators.Select(reference => reference.Name))}"],
        PageParser parser => ParserDetails(parser),
        SimpleDownloaderFormula formula => [$"formula: {formula.Formula.GetType().Name}"],
        LoginScript script => [$"domains: {string.Join(", ", script.ExampleDomains.Select(example => example.Domain))}", $"steps: {string.Join(" → ", script.Steps.Select(step => step.Name))}"],
        DomainMetadataPackage package =>
        [
            $"headers: {(package.Headers is { } headers ? string.Join(", ", headers.Select(header => header.Name)) : "none")}",
            $"bandwidth rules: {(package.BandwidthRules is { } rules ? string.Join(", ", rules.Rules.Select(Rule)) : "none")}",
        ],
        _ => [],
    };

    private static IEnumerable<string> ParserDetails(PageParser parser)
    {
        foreach (var url in parser.ExampleUrls)
        {
            yield return $"example url: {url}";
        }

        foreach (var content in parser.ContentParsers)
        {
            yield return $"produces {Describe(content.Content)} (\"{content.Name}\")";
        }

        foreach (var subsidiary in parser.SubsidiaryPageParsers)
        {
            yield return $"splits the page into posts, each parsed by \"{subsidiary.PageParser.Name}\":";
            foreach (var content in subsidiary.PageParser.ContentParsers)
            {
                yield return $"    produces {Describe(content.Content)} (\"{content.Name}\")";
            }
        }
    }

    private static string Describe(ContentKind content) => ContentTypes.Default.For(content).Describe(content);

    private static string Rule(BandwidthRule rule) =>
        $"{rule.MaxAllowed} {(rule.Type == BandwidthType.Data ? "bytes" : "requests")} per {(rule.TimeDeltaSeconds is { } seconds ? $"{seconds}s" : "month")}";
}
