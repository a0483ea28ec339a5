using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;

namespace HydraEngine.Model.Urls;

public enum UrlType
{
    Post = 0,
    ApiRedirect = 1,
    File = 2,
    Gallery = 3,
    Watchable = 4,
    Unknown = 5,
}

public enum ReferralUrlPolicy
{
    SendGiven = 0,
    Never = 1,
    ConverterIfNoneGiven = 2,
    AlwaysConverter = 3,
}

public enum GalleryIndexType
{
    PathComponent = 0,
    Parameter = 1,
}

/// <summary>hydrus URL Class (50), current version 15.</summary>
public sealed record UrlClass(
    string Name,
    string Key,
    UrlType UrlType,
    string PreferredScheme,
    UrlDomainMask DomainMask,
    UrlClassOptions Options,
    EquatableArray<PathComponent> PathComponents,
    EquatableArray<UrlClassParameter> Parameters,
    bool HasSingleValueParameters,
    StringMatch SingleValueParametersMatch,
    EquatableArray<KeyValuePair<string, string>> HeaderOverrides,
    StringConverter ApiLookupConverter,
    ReferralUrlPolicy SendReferralUrl,
    StringConverter ReferralUrlConverter,
    GalleryIndexType? GalleryIndexType,
    GalleryIndexIdentifier? GalleryIndexIdentifier,
    long GalleryIndexDelta,
    string ExampleUrl) : Definition, INamedDefinition;

/// <summary>The seven booleans of a URL class, in hydrus's order.</summary>
public sealed record UrlClassOptions(
    bool AlphabetiseGetParameters,
    bool NoMorePathComponentsThanThis,
    bool NoMoreParametersThanThis,
    bool KeepExtraParametersForServer,
    bool CanProduceMultipleFiles,
    bool ShouldBeAssociatedWithFiles,
    bool KeepFragment);

/// <summary>Which path component (Python index) or parameter name carries the gallery page index.</summary>
public abstract record GalleryIndexIdentifier;

public sealed record GalleryIndexPath(long Index) : GalleryIndexIdentifier;

public sealed record GalleryIndexParameter(string Name) : GalleryIndexIdentifier;

/// <summary>One path component rule: its match and the default used when the URL lacks it.</summary>
public sealed record PathComponent(StringMatch Match, string? DefaultValue);

/// <summary>hydrus URL Class Parameter (127).</summary>
public sealed record UrlClassParameter(
    string Name,
    StringMatch ValueMatch,
    bool IsEphemeral,
    string? DefaultValue,
    Definition DefaultValueProcessor) : Definition;

/// <summary>hydrus URL Domain Mask (139).</summary>
public sealed record UrlDomainMask(
    EquatableArray<string> RawDomains,
    EquatableArray<string> DomainRegexes,
    bool MatchSubdomains,
    bool KeepMatchedSubdomains) : Definition;
