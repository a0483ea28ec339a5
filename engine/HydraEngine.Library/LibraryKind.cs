using HydraEngine.Model.Common;
using HydraEngine.Model.Login;
using HydraEngine.Model.Network;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;

namespace HydraEngine.Library;

/// <summary>
/// What a library object is. GUGs and nested GUGs share one kind because hydrus keeps them in one list
/// with one set of names; a domain metadata package is named by its domain.
/// </summary>
public enum LibraryKind
{
    UrlClass,
    Gug,
    Parser,
    LoginScript,
    DomainMetadata,
}

/// <summary>The kind words used in the database and on the command line, and the kind of a definition.</summary>
public static class LibraryKinds
{
    public static IReadOnlyList<LibraryKind> All { get; } = Enum.GetValues<LibraryKind>();

    public static string Word(LibraryKind kind) => kind switch
    {
        LibraryKind.UrlClass => "url_class",
        LibraryKind.Gug => "gug",
        LibraryKind.Parser => "parser",
        LibraryKind.LoginScript => "login_script",
        _ => "domain_metadata",
    };

    public static LibraryKind? Parse(string? word) =>
        word is null ? null : All.Cast<LibraryKind?>().FirstOrDefault(kind => Word(kind!.Value) == word.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_'));

    /// <summary>The kind of a downloader object, or null for anything hydrus would count as "misc".</summary>
    public static LibraryKind? Of(Definition definition) => definition switch
    {
        UrlClass => LibraryKind.UrlClass,
        GalleryUrlGenerator or NestedGalleryUrlGenerator => LibraryKind.Gug,
        PageParser => LibraryKind.Parser,
        LoginScript => LibraryKind.LoginScript,
        DomainMetadataPackage => LibraryKind.DomainMetadata,
        _ => null,
    };

    /// <summary>The library name of a downloader object: its hydrus name, or the domain of a domain metadata package.</summary>
    public static string NameOf(Definition definition) => definition switch
    {
        INamedDefinition named => named.Name,
        DomainMetadataPackage package => package.Domain,
        _ => throw new ArgumentException($"{definition.GetType().Name} is not a downloader object", nameof(definition)),
    };
}
