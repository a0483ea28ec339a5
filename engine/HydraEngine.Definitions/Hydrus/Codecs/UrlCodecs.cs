using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>URL Domain Mask (139): <c>(raw_domains, domain_regexes, match_subdomains, keep_matched_subdomains)</c>; hydrus sorts both lists on load.</summary>
internal sealed class UrlDomainMaskCodec : HydrusCodec<UrlDomainMask>
{
    public override int TypeId => HydrusTypes.UrlDomainMask;

    protected override UrlDomainMask ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(4, "a URL domain mask");
        return new UrlDomainMask(
            Sorted(info[0], "a raw domain"),
            Sorted(info[1], "a domain regex"),
            info[2].Bool("match subdomains"),
            info[3].Bool("keep matched subdomains"));
    }

    protected override JsonNode? Write(UrlDomainMask value, HydrusWriter writer) =>
        new JsonArray(Strings(value.RawDomains), Strings(value.DomainRegexes), value.MatchSubdomains, value.KeepMatchedSubdomains);

    private static EquatableArray<string> Sorted(HydrusNode list, string what) =>
        new(list.Items(what + " list").Select(item => item.String(what)).Order(PythonText.CodePointComparer).ToList());

    internal static JsonArray Strings(IEnumerable<string> values) => new(values.Select(value => (JsonNode?)value).ToArray());
}

/// <summary>URL Class Parameter (127): <c>(name, value_match, is_ephemeral, default_value, default_value_processor)</c>.</summary>
internal sealed class UrlClassParameterCodec : HydrusCodec<UrlClassParameter>
{
    public override int TypeId => HydrusTypes.UrlClassParameter;

    protected override UrlClassParameter ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(5, "a URL class parameter");
        return new UrlClassParameter(
            info[0].String("the parameter name"),
            info[1].Object("the value match", StringMatch.Any),
            info[2].Bool("is ephemeral"),
            info[3].NullableString("the default value"),
            info[4].Object<Definition>("the default value processor", StringProcessor.Empty));
    }

    protected override JsonNode? Write(UrlClassParameter value, HydrusWriter writer) =>
        new JsonArray(value.Name, writer.Write(value.ValueMatch), value.IsEphemeral, value.DefaultValue, writer.Write(value.DefaultValueProcessor));
}

/// <summary>Gallery URL Generator (69): <c>(key, url_template, replacement_phrase, separator, initial_search_text, example_search_text)</c>.</summary>
internal sealed class GalleryUrlGeneratorCodec : HydrusCodec<GalleryUrlGenerator>
{
    public override int TypeId => HydrusTypes.GalleryUrlGenerator;

    protected override GalleryUrlGenerator ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(6, "a gallery URL generator");
        return new GalleryUrlGenerator(
            name,
            HexKey.Read(info[0], "the GUG key"),
            info[1].String("the url template"),
            info[2].String("the replacement phrase"),
            info[3].String("the search terms separator"),
            info[4].String("the initial search text"),
            info[5].String("the example search text"));
    }

    protected override JsonNode? Write(GalleryUrlGenerator value, HydrusWriter writer) =>
        new JsonArray(value.Key, value.UrlTemplate, value.ReplacementPhrase, value.SearchTermsSeparator, value.InitialSearchText, value.ExampleSearchText);
}

/// <summary>Nested GUG (70): <c>(key, initial_search_text, [[gug_key, gug_name], …])</c>.</summary>
internal sealed class NestedGalleryUrlGeneratorCodec : HydrusCodec<NestedGalleryUrlGenerator>
{
    public override int TypeId => HydrusTypes.NestedGalleryUrlGenerator;

    protected override NestedGalleryUrlGenerator ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(3, "a nested gallery URL generator");
        var references = info[2].Items("the GUG references")
            .Where(reference => reference.ExpectArray(2, "a GUG reference [key, name]"))
            .Select(reference => new GalleryUrlGeneratorReference(HexKey.Read(reference[0], "the GUG key"), reference[1].String("the GUG name")))
            .ToList();
        return new NestedGalleryUrlGenerator(name, HexKey.Read(info[0], "the nested GUG key"), info[1].String("the initial search text"), new EquatableArray<GalleryUrlGeneratorReference>(references));
    }

    protected override JsonNode? Write(NestedGalleryUrlGenerator value, HydrusWriter writer) =>
        new JsonArray(value.Key, value.InitialSearchText, new JsonArray(value.Generators.Select(reference => (JsonNode)new JsonArray(reference.Key, reference.Name)).ToArray()));
}

/// <summary>hydrus keys are bytes stored as lowercase hex.</summary>
internal static class HexKey
{
    public static string Read(HydrusNode node, string what)
    {
        var text = node.String(what);
        if (text.Length % 2 != 0 || !text.All(char.IsAsciiHexDigit))
        {
            node.Fail(Diagnostics.DiagnosticCodes.FieldValue, $"{what} must be hex bytes, found \"{(text.Length > 80 ? text[..80] + "…" : text)}\".");
        }

        return text;
    }

    public static bool IsJsonString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;
}
