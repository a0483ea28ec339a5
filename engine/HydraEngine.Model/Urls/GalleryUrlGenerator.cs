using HydraEngine.Model.Common;

namespace HydraEngine.Model.Urls;

/// <summary>hydrus Gallery URL Generator (69): search text to a gallery URL.</summary>
public sealed record GalleryUrlGenerator(
    string Name,
    string Key,
    string UrlTemplate,
    string ReplacementPhrase,
    string SearchTermsSeparator,
    string InitialSearchText,
    string ExampleSearchText) : Definition, INamedDefinition;

/// <summary>hydrus Nested Gallery URL Generator (70): several GUGs run on one search.</summary>
public sealed record NestedGalleryUrlGenerator(
    string Name,
    string Key,
    string InitialSearchText,
    EquatableArray<GalleryUrlGeneratorReference> Generators) : Definition, INamedDefinition;

/// <summary>A reference from a nested GUG to a GUG, by key and (what hydrus resolves on import) name.</summary>
public sealed record GalleryUrlGeneratorReference(string Key, string Name);
