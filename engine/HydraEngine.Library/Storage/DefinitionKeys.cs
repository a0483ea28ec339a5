using HydraEngine.Model.Common;
using HydraEngine.Model.Login;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;

namespace HydraEngine.Library.Storage;

/// <summary>Reads and replaces the hydrus key of the keyed downloader objects.</summary>
internal static class DefinitionKeys
{
    public static string? KeyOf(Definition definition) => definition switch
    {
        UrlClass urlClass => urlClass.Key,
        GalleryUrlGenerator gug => gug.Key,
        NestedGalleryUrlGenerator nested => nested.Key,
        PageParser parser => parser.Key,
        LoginScript script => script.Key,
        _ => null,
    };

    public static Definition WithKey(Definition definition, string key) => definition switch
    {
        UrlClass urlClass => urlClass with { Key = key },
        GalleryUrlGenerator gug => gug with { Key = key },
        NestedGalleryUrlGenerator nested => nested with { Key = key },
        PageParser parser => parser with { Key = key },
        LoginScript script => script with { Key = key },
        _ => definition,
    };
}
