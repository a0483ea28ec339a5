using HydraEngine.Model.Common;
using HydraEngine.Model.Urls;

namespace HydraEngine.Matching.Domains;

/// <summary>hydrus groups URL classes by domain mask equality, which ignores "keep matched subdomains".</summary>
internal readonly record struct DomainMaskKey(EquatableArray<string> RawDomains, EquatableArray<string> DomainRegexes, bool MatchSubdomains)
{
    public static DomainMaskKey Of(UrlDomainMask mask) => new(mask.RawDomains, mask.DomainRegexes, mask.MatchSubdomains);
}
