using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;

namespace HydraEngine.Model.Parsing;

/// <summary>hydrus Content Parser (30): a named formula plus what its texts mean.</summary>
public sealed record ContentParser(string Name, ContentKind Content, Formula Formula) : Definition, INamedDefinition;

/// <summary>What a content parser produces (hydrus's content type plus its additional info).</summary>
public abstract record ContentKind;

/// <summary>Tags. <see cref="Namespace"/>: null keeps parsed namespaces, "" forces unnamespaced.</summary>
public sealed record TagsContent(string? Namespace) : ContentKind;

public enum UrlContentType
{
    NextGalleryPage = 6,
    Desired = 7,
    Source = 8,
    SubGallery = 9,
}

public sealed record UrlsContent(UrlContentType UrlType, int Priority) : ContentKind;

public sealed record VetoContent(bool VetoIfMatchesFound, StringMatch Match) : ContentKind;

public sealed record VariableContent(string VariableName) : ContentKind;

public sealed record HashContent(string HashType, string Encoding) : ContentKind;

public sealed record TimestampContent(int? TimestampType) : ContentKind;

public sealed record TitleContent(int Priority) : ContentKind;

public sealed record NotesContent(string NoteName) : ContentKind;

public sealed record HttpHeadersContent(string HeaderName) : ContentKind;

/// <summary>hydrus Page Parser (58).</summary>
public sealed record PageParser(
    string Name,
    string Key,
    StringConverter PreParseConverter,
    EquatableArray<SubsidiaryPageParser> SubsidiaryPageParsers,
    EquatableArray<ContentParser> ContentParsers,
    EquatableArray<string> ExampleUrls,
    EquatableArray<KeyValuePair<string, PlainValue>> ExampleParsingContext) : Definition, INamedDefinition;

/// <summary>hydrus Subsidiary Page Parser (135): splits a page into posts, each parsed by <see cref="PageParser"/>.</summary>
public sealed record SubsidiaryPageParser(Formula Formula, bool SortPostsBySourceTime, PageParser PageParser) : Definition;

/// <summary>hydrus Simple Downloader Parsing Formula (63).</summary>
public sealed record SimpleDownloaderFormula(string Name, Formula Formula) : Definition, INamedDefinition;
