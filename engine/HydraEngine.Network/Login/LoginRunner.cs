using HydraEngine.Model.Login;
using HydraEngine.Network.Cookies;
using HydraEngine.Network.Pages;
using HydraEngine.Network.Transport;

namespace HydraEngine.Network.Login;

/// <summary>
/// Runs a hydrus Login Script - Domain (73) for the simple cases: each step's GET (arguments in the query, keys
/// sorted) or POST (form body, with Origin once there is a referral) against <c>scheme://[subdomain.]domain/path</c>
/// with its static arguments and credentials, the previous step's URL as referral; each step's required cookies must
/// then exist, and after the last step the script's own. Steps' content parsers are not run, so a step needing a
/// temporary variable fails clearly.
/// </summary>
internal sealed class LoginRunner(RequestRunner runner, BodyPump pump, NetworkCookies cookies, long pageCap)
{
    public async Task LoginAsync(LoginScript script, string domain, IReadOnlyDictionary<string, string> credentials, CancellationToken cancellationToken)
    {
        domain = domain.Trim().ToLowerInvariant();
        CheckCredentials(script, credentials);
        Uri? referral = null;
        foreach (var step in script.Steps)
        {
            var url = StepUrl(script, step, domain, credentials, out var form);
            var request = new NetworkRequest(url, NetworkJobContext.Adhoc)
            {
                Referral = referral?.ToString(),
                ExtraHeaders = form is not null && referral is not null
                    ? new Dictionary<string, string> { ["Origin"] = url.GetLeftPart(UriPartial.Authority) }
                    : new Dictionary<string, string>(),
            };
            try
            {
                await runner.RunAsync(request, form is null ? HttpPlan.Get : new HttpPlan(HttpMethod.Post, form), new PageReader(pump, pageCap), cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (NetworkException exception) when (exception.Failure is not NetworkFailure.UnsupportedUrl)
            {
                throw Fail(script, url, exception.StatusCode, $"step '{step.Name}' failed: {exception.Message}", exception);
            }

            var missing = LoginCookies.Missing(step.RequiredCookies, cookies.List(domain));
            if (missing.Count > 0)
            {
                throw Fail(script, url, null, $"step '{step.Name}' did not give the cookie{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)} for {domain}");
            }

            referral = url;
        }

        var stillMissing = LoginCookies.Missing(script.RequiredCookies, cookies.List(domain));
        if (stillMissing.Count > 0)
        {
            throw Fail(script, referral, null, $"every step ran, but the cookie{(stillMissing.Count == 1 ? "" : "s")} {string.Join(", ", stillMissing)} for {domain} {(stillMissing.Count == 1 ? "is" : "are")} missing (wrong credentials?)");
        }
    }

    /// <summary>hydrus's "logged in" test: every required cookie of the script is present and matches.</summary>
    public bool IsLoggedIn(LoginScript script, string domain) =>
        LoginCookies.Missing(script.RequiredCookies, cookies.List(domain.Trim().ToLowerInvariant())).Count == 0;

    private static Uri StepUrl(LoginScript script, LoginStep step, string domain, IReadOnlyDictionary<string, string> credentials, out List<KeyValuePair<string, string>>? form)
    {
        var host = string.IsNullOrEmpty(step.Subdomain)
            ? domain
            : step.Subdomain + "." + (domain.StartsWith("www.", StringComparison.Ordinal) ? domain[4..] : domain);
        var arguments = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in step.StaticArguments)
        {
            arguments[name] = value;
        }

        foreach (var (prettyName, argumentName) in step.RequiredCredentials)
        {
            arguments[argumentName] = credentials[prettyName];
        }

        if (step.TemporaryVariables.Count > 0)
        {
            throw Fail(script, null, null, $"step '{step.Name}' needs the temporary variable '{step.TemporaryVariables[0].Key}', which only a content parser can set; those are not run here");
        }

        var path = step.Path.StartsWith('/') ? step.Path : "/" + step.Path;
        var isPost = step.Method.Equals("POST", StringComparison.OrdinalIgnoreCase);
        form = isPost ? [.. arguments] : null;
        var query = isPost || arguments.Count == 0 ? "" : "?" + string.Join("&", arguments.Select(pair => pair.Key + "=" + pair.Value));
        return RequestRunner.Validate(Uri.TryCreate($"{step.Scheme}://{host}{path}{query}", UriKind.Absolute, out var url) ? url : null);
    }

    private static void CheckCredentials(LoginScript script, IReadOnlyDictionary<string, string> credentials)
    {
        var needed = script.Steps.SelectMany(step => step.RequiredCredentials.Select(pair => pair.Key)).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var name in needed.Order(StringComparer.Ordinal))
        {
            if (!credentials.TryGetValue(name, out var value))
            {
                problems.Add($"'{name}' is missing");
            }
            else if (script.CredentialDefinitions.FirstOrDefault(definition => definition.Name == name) is { } definition
                && !HydraEngine.Strings.StringMatching.Matches(definition.Match, value))
            {
                problems.Add($"'{name}' does not look right ({definition.Match.MatchType} '{definition.Match.Value}')");
            }
        }

        if (problems.Count > 0)
        {
            throw Fail(script, null, null, "the credentials will not do: " + string.Join("; ", problems));
        }
    }

    private static NetworkException Fail(LoginScript script, Uri? url, int? status, string message, Exception? inner = null) =>
        new(NetworkFailure.LoginRequired, url, status, $"login script '{script.Name}': {message}", inner);
}
