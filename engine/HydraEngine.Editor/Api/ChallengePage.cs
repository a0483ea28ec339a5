namespace HydraEngine.Editor.Api;

/// <summary>
/// Whether a fetched page looks like an anti-bot challenge instead of the page asked for: Cloudflare's "Just a moment"
/// interstitial (or its <c>cf-mitigated: challenge</c> header), DDoS-Guard, or a 403/429/503 whose page holds a captcha
/// or a challenge form. Answers why, or null.
/// </summary>
internal static class ChallengePage
{
    private static readonly (string Marker, string Why)[] Anywhere =
    [
        ("<title>Just a moment...</title>", "Cloudflare's \"Just a moment\" browser check"),
        ("/cdn-cgi/challenge-platform/", "a Cloudflare challenge script"),
        ("cf-browser-verification", "a Cloudflare browser verification"),
        ("Attention Required! | Cloudflare", "a Cloudflare block page"),
        ("DDoS-Guard", "a DDoS-Guard check"),
    ];

    private static readonly (string Marker, string Why)[] OnRefusal =
    [
        ("g-recaptcha", "a reCAPTCHA"),
        ("h-captcha", "an hCaptcha"),
        ("cf-turnstile", "a Cloudflare Turnstile captcha"),
        ("captcha", "a captcha"),
        ("challenge", "a challenge form"),
    ];

    public static string? Detect(int status, IReadOnlyList<KeyValuePair<string, string>> headers, string document)
    {
        if (headers.Any(header => header.Key.Equals("cf-mitigated", StringComparison.OrdinalIgnoreCase) && header.Value.Contains("challenge", StringComparison.OrdinalIgnoreCase)))
        {
            return $"the server answered {status} with Cloudflare's challenge (cf-mitigated: challenge)";
        }

        if (Anywhere.FirstOrDefault(entry => document.Contains(entry.Marker, StringComparison.OrdinalIgnoreCase)) is { Why: { } why })
        {
            return $"the page ({status}) looks like {why}, not the page asked for";
        }

        if (status is 403 or 429 or 503 && document.Contains("<form", StringComparison.OrdinalIgnoreCase)
            && OnRefusal.FirstOrDefault(entry => document.Contains(entry.Marker, StringComparison.OrdinalIgnoreCase)) is { Why: { } refusal })
        {
            return $"the server answered {status} with {refusal}: an anti-bot page, not the page asked for";
        }

        return null;
    }
}
