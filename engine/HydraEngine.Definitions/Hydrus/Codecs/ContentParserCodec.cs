using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>Content Parser (30): <c>(name, content_type, formula, additional_info)</c>.</summary>
internal sealed class ContentParserCodec : HydrusCodec<ContentParser>
{
    private static readonly Formula Placeholder = new StaticFormula("", 1, "", StringProcessor.Empty);

    private const int VetoContentType = 8;

    public override int TypeId => HydrusTypes.ContentParser;

    protected override ContentParser ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(4, "a content parser");
        var contentType = info[1].Int32("the content type");
        var formula = info[2].Object("the formula", Placeholder);
        var content = ReadContent(contentType, contentType == VetoContentType ? info[3] : RepairNestedAdditionalInfo(info[3]));
        return new ContentParser(info[0].String("the name"), content ?? new TagsContent(null), formula);
    }

    protected override JsonNode? Write(ContentParser value, HydrusWriter writer)
    {
        var (contentType, additionalInfo) = WriteContent(value.Content, writer);
        return new JsonArray(value.Name, contentType, writer.Write(value.Formula), additionalInfo);
    }

    /// <summary>For every content type but veto, hydrus repairs a historical <c>[["md5","hex"],"hex"]</c> corruption by taking the first nested array.</summary>
    private static HydrusNode RepairNestedAdditionalInfo(HydrusNode additionalInfo)
    {
        if (additionalInfo.Node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonArray)
                {
                    return additionalInfo[i];
                }
            }
        }

        return additionalInfo;
    }

    private static ContentKind? ReadContent(int contentType, HydrusNode info)
    {
        switch (contentType)
        {
            case 0: return new TagsContent(info.NullableString("the namespace"));
            case 7 when info.ExpectArray(2, "URL content [url_type, priority]"):
                return new UrlsContent(info[0].Enum<UrlContentType>("the url type"), info[1].Int32("the priority"));
            case 8 when info.ExpectArray(2, "veto content [veto_if_matches_found, string_match]"):
                return new VetoContent(info[0].Bool("veto if matches found"), info[1].Object("the veto match", StringMatch.Any));
            case 14: return new VariableContent(info.String("the variable name"));
            case 15 when info.ExpectArray(2, "hash content [hash_type, encoding]"):
                return new HashContent(info[0].String("the hash type"), info[1].String("the hash encoding"));
            case 16: return new TimestampContent(info.IsNull ? null : info.Int32("the timestamp type"));
            case 17: return new TitleContent(info.Int32("the title priority"));
            case 18: return new NotesContent(info.String("the note name"));
            case 22: return new HttpHeadersContent(info.String("the header name"));
            case 7 or 8 or 15: return null;
            default:
                info.Fail(DiagnosticCodes.FieldValue, $"content type {contentType} is not one a downloader parser can produce (0 tags, 7 urls, 8 veto, 14 variable, 15 hash, 16 timestamp, 17 title, 18 notes, 22 http headers).");
                return null;
        }
    }

    private static (int ContentType, JsonNode? AdditionalInfo) WriteContent(ContentKind content, HydrusWriter writer) => content switch
    {
        TagsContent c => (0, c.Namespace),
        UrlsContent c => (7, new JsonArray((int)c.UrlType, c.Priority)),
        VetoContent c => (8, new JsonArray(c.VetoIfMatchesFound, writer.Write(c.Match))),
        VariableContent c => (14, c.VariableName),
        HashContent c => (15, new JsonArray(c.HashType, c.Encoding)),
        TimestampContent c => (16, c.TimestampType),
        TitleContent c => (17, c.Priority),
        NotesContent c => (18, c.NoteName),
        HttpHeadersContent c => (22, c.HeaderName),
        _ => throw new InvalidOperationException($"{content.GetType().Name} has no hydrus form."),
    };
}
