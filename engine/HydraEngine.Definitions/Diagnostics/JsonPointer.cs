namespace HydraEngine.Definitions.Diagnostics;

/// <summary>RFC 6901 JSON Pointer building.</summary>
public static class JsonPointer
{
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Append(string pointer, string key) =>
        pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
