using System.Text.Json.Nodes;
using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Urls;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>URL Class (50) at version 15: the 17-field info of objects.md §15.</summary>
internal sealed class UrlClassCodec : HydrusCodec<UrlClass>
{
    private static readonly StringConverter EmptyConverter = new(EquatableArray<StringConversion>.Empty, "");

    public override int TypeId => HydrusTypes.UrlClass;

    protected override UrlClass ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(17, "a URL class");
        var options = ReadOptions(info[4]);
        var indexType = info[13].IsNull ? (GalleryIndexType?)null : info[13].Enum<GalleryIndexType>("the gallery index type");
        return new UrlClass(
            name,
            HexKey.Read(info[0], "the URL class key"),
            info[1].Enum<UrlType>("the url type"),
            info[2].String("the preferred scheme"),
            info[3].Object("the domain mask", new UrlDomainMask(default, default, false, false)),
            options,
            new EquatableArray<PathComponent>(info[5].Items("the path components")
                .Where(component => component.ExpectArray(2, "a path component [match, default]"))
                .Select(component => new PathComponent(component[0].Object("the path component match", StringMatch.Any), component[1].NullableString("the path component default")))
                .ToList()),
            info[6].ObjectList<UrlClassParameter>("the parameters"),
            info[7].Bool("has single value parameters"),
            info[8].Object("the single value parameters match", StringMatch.Any),
            ReadHeaderOverrides(info[9]),
            info[10].Object("the API lookup converter", EmptyConverter),
            info[11].Enum<ReferralUrlPolicy>("the referral url policy"),
            info[12].Object("the referral url converter", EmptyConverter),
            indexType,
            ReadIndexIdentifier(info[14]),
            info[15].Int64("the gallery index delta"),
            info[16].String("the example url"));
    }

    protected override JsonNode? Write(UrlClass value, HydrusWriter writer)
    {
        var o = value.Options;
        return new JsonArray(
            value.Key,
            (int)value.UrlType,
            value.PreferredScheme,
            writer.Write(value.DomainMask),
            new JsonArray(o.AlphabetiseGetParameters, o.NoMorePathComponentsThanThis, o.NoMoreParametersThanThis, o.KeepExtraParametersForServer, o.CanProduceMultipleFiles, o.ShouldBeAssociatedWithFiles, o.KeepFragment),
            new JsonArray(value.PathComponents.Select(component => (JsonNode)new JsonArray(writer.Write(component.Match), component.DefaultValue)).ToArray()),
            writer.WriteList(value.Parameters),
            value.HasSingleValueParameters,
            writer.Write(value.SingleValueParametersMatch),
            new JsonArray(value.HeaderOverrides.Select(header => (JsonNode)new JsonArray(header.Key, header.Value)).ToArray()),
            writer.Write(value.ApiLookupConverter),
            (int)value.SendReferralUrl,
            writer.Write(value.ReferralUrlConverter),
            value.GalleryIndexType is { } indexType ? (int)indexType : null,
            value.GalleryIndexIdentifier switch
            {
                GalleryIndexPath path => path.Index,
                GalleryIndexParameter parameter => parameter.Name,
                _ => null,
            },
            value.GalleryIndexDelta,
            value.ExampleUrl);
    }

    /// <summary>Seven booleans; as hydrus does on load, "no more parameters" turns "keep extra parameters for server" off.</summary>
    private static UrlClassOptions ReadOptions(HydrusNode booleans)
    {
        booleans.ExpectArray(7, "the URL class booleans");
        var noMoreParameters = booleans[2].Bool("no more parameters than this");
        return new UrlClassOptions(
            booleans[0].Bool("alphabetise get parameters"),
            booleans[1].Bool("no more path components than this"),
            noMoreParameters,
            booleans[3].Bool("keep extra parameters for server") && !noMoreParameters,
            booleans[4].Bool("can produce multiple files"),
            booleans[5].Bool("should be associated with files"),
            booleans[6].Bool("keep fragment"));
    }

    /// <summary>hydrus keeps header overrides in a dict: a repeated header keeps its first position and its last value.</summary>
    private static EquatableArray<KeyValuePair<string, string>> ReadHeaderOverrides(HydrusNode headers)
    {
        var ordered = new List<KeyValuePair<string, string>>();
        foreach (var header in headers.Items("the header overrides"))
        {
            if (!header.ExpectArray(2, "a header override [name, value]"))
            {
                continue;
            }

            var entry = new KeyValuePair<string, string>(header[0].String("the header name"), header[1].String("the header value"));
            var existing = ordered.FindIndex(pair => pair.Key == entry.Key);
            if (existing >= 0)
            {
                ordered[existing] = entry;
            }
            else
            {
                ordered.Add(entry);
            }
        }

        return new EquatableArray<KeyValuePair<string, string>>(ordered);
    }

    private static GalleryIndexIdentifier? ReadIndexIdentifier(HydrusNode identifier) =>
        identifier.IsNull ? null
        : HexKey.IsJsonString(identifier.Node) ? new GalleryIndexParameter(identifier.String("the gallery index parameter"))
        : new GalleryIndexPath(identifier.Int64("the gallery index path component"));
}
