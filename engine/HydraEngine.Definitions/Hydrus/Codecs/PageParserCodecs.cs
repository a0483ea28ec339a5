using System.Text.Json.Nodes;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>
/// Page Parser (58): <c>(name, key, pre_parse_converter, subsidiaries, content_parsers, example_urls, example_parsing_context)</c>.
/// hydrus writes content parsers and subsidiaries sorted by (case-folded) name; so do we.
/// </summary>
internal sealed class PageParserCodec : HydrusCodec<PageParser>
{
    public override int TypeId => HydrusTypes.PageParser;

    protected override PageParser ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(7, "a page parser");
        return new PageParser(
            info[0].String("the name"),
            info[1].String("the parser key"),
            info[2].Object("the pre-parsing converter", new StringConverter(EquatableArray<StringConversion>.Empty, "")),
            info[3].ObjectList<SubsidiaryPageParser>("the subsidiary page parsers"),
            info[4].ObjectList<ContentParser>("the content parsers"),
            new EquatableArray<string>(info[5].Items("the example urls").Select(url => url.String("an example url")).ToList()),
            info[6].ValueMap("the example parsing context"));
    }

    protected override JsonNode? Write(PageParser value, HydrusWriter writer) =>
        new JsonArray(
            value.Name,
            value.Key,
            writer.Write(value.PreParseConverter),
            writer.WriteList(value.SubsidiaryPageParsers.OrderBy(parser => PythonText.CaseFold(parser.PageParser.Name), PythonText.CodePointComparer)),
            writer.WriteList(value.ContentParsers.OrderBy(parser => PythonText.CaseFold(parser.Name), PythonText.CodePointComparer)),
            new JsonArray(value.ExampleUrls.Select(url => (JsonNode?)url).ToArray()),
            HydrusWriter.ValueMap(value.ExampleParsingContext));
}

/// <summary>Subsidiary Page Parser (135): <c>(formula, sort_posts_by_source_time, page_parser)</c>.</summary>
internal sealed class SubsidiaryPageParserCodec : HydrusCodec<SubsidiaryPageParser>
{
    private static readonly PageParser EmptyParser = new("", "", new StringConverter(EquatableArray<StringConversion>.Empty, ""), default, default, default, default);

    public override int TypeId => HydrusTypes.SubsidiaryPageParser;

    protected override SubsidiaryPageParser ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(3, "a subsidiary page parser");
        return new SubsidiaryPageParser(
            info[0].Object<Formula>("the formula", new StaticFormula("", 1, "", StringProcessor.Empty)),
            info[1].Bool("sort posts by source time"),
            info[2].Object("the page parser", EmptyParser));
    }

    protected override JsonNode? Write(SubsidiaryPageParser value, HydrusWriter writer) =>
        new JsonArray(writer.Write(value.Formula), value.SortPostsBySourceTime, writer.Write(value.PageParser));
}

/// <summary>Simple Downloader Parsing Formula (63): info is one formula tuple.</summary>
internal sealed class SimpleDownloaderFormulaCodec : HydrusCodec<SimpleDownloaderFormula>
{
    public override int TypeId => HydrusTypes.SimpleDownloaderFormula;

    protected override SimpleDownloaderFormula ReadInfo(HydrusNode info, string name) =>
        new(name, info.Object<Formula>("the formula", new StaticFormula("", 1, "", StringProcessor.Empty)));

    protected override JsonNode? Write(SimpleDownloaderFormula value, HydrusWriter writer) => writer.Write(value.Formula);
}
