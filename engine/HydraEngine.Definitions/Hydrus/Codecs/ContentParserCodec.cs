using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Hydrus.Codecs.Contents;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>Content Parser (30): <c>(name, content_type, formula, additional_info)</c>.</summary>
internal sealed class ContentParserCodec : HydrusCodec<ContentParser>
{
    private static readonly Formula Placeholder = new StaticFormula("", 1, "", StringProcessor.Empty);

    public override int TypeId => HydrusTypes.ContentParser;

    protected override ContentParser ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(4, "a content parser");
        var contentType = info[1].Int32("the content type");
        var formula = info[2].Object("the formula", Placeholder);
        var content = ReadContent(contentType, info[3]);
        return new ContentParser(info[0].String("the name"), content ?? new TagsContent(null), formula);
    }

    protected override JsonNode? Write(ContentParser value, HydrusWriter writer)
    {
        var form = HydrusContentForms.Default.For(value.Content);
        return new JsonArray(value.Name, form.ContentType, writer.Write(value.Formula), form.Write(value.Content, writer));
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
        if (HydrusContentForms.Default.ForNumber(contentType) is not { } form)
        {
            info.Fail(DiagnosticCodes.FieldValue, $"content type {contentType} is not one a downloader parser can produce ({HydrusContentForms.Default.Listing}).");
            return null;
        }

        return form.Read(form.RepairsNestedAdditionalInfo ? RepairNestedAdditionalInfo(info) : info);
    }
}
