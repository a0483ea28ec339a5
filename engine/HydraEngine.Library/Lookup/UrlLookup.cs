namespace HydraEngine.Library.Lookup;

/// <summary>
/// What the library makes of one URL. <see cref="UrlType"/> is post, file, gallery or watchable (null otherwise);
/// <see cref="Problem"/> says why something is missing (not a URL, no API target, no parser).
/// </summary>
public sealed record UrlLookup(
    string Url,
    string? UrlClass,
    string? UrlType,
    string? Normalised,
    string? FetchUrl,
    string? ReferralUrl,
    string? Parser,
    string? Problem);
