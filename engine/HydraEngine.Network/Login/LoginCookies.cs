using HydraEngine.Model.Login;
using HydraEngine.Network.Cookies;
using HydraEngine.Strings;

namespace HydraEngine.Network.Login;

/// <summary>hydrus's required-cookie check: for each (name match, value match), some cookie the domain sees must match both.</summary>
internal static class LoginCookies
{
    /// <summary>A description of each required cookie no cookie satisfies.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<RequiredCookie> required, IReadOnlyList<NetworkCookie> seen) =>
        required
            .Where(cookie => !seen.Any(candidate => StringMatching.Matches(cookie.NameMatch, candidate.Name) && StringMatching.Matches(cookie.ValueMatch, candidate.Value)))
            .Select(cookie => $"'{Describe(cookie.NameMatch)}'")
            .ToList();

    private static string Describe(Model.Strings.StringMatch match) =>
        match.MatchType == Model.Strings.StringMatchType.Any ? "any name" : match.Value;
}
