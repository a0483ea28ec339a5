using System.Globalization;
using System.Net;

namespace HydraEngine.FixtureBooru.Rendering;

/// <summary>Small helpers for the hand-written markup.</summary>
internal static class Html
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Text with line breaks as <c>&lt;br&gt;</c>.</summary>
    public static string Lines(string text) => string.Join("<br>", text.Split('\n').Select(Encode));

    /// <summary>A query value: spaces as <c>+</c>, everything else percent-encoded where needed.</summary>
    public static string QueryValue(string text) => string.Join("+", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));

    public static string Epoch(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary><c>2024-01-02 03:04:05</c> (UTC).</summary>
    public static string Plain(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary><c>2024-01-02T03:04:05Z</c>.</summary>
    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Human(DateTimeOffset time) => time.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
