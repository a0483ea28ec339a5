namespace HydraEngine.Plugins.Manifests;

/// <summary>
/// <c>plugins/&lt;Id&gt;/plugin.json</c>: <c>{"id", "version", "entry_assembly", "contract_version"}</c>, all strings,
/// all required; any other key is an error. <see cref="EntryAssembly"/> is a file name in the plugin's folder.
/// </summary>
public sealed record PluginManifest(string Id, string Version, string EntryAssembly, ContractLevel ContractVersion)
{
    public const string FileName = "plugin.json";
}

/// <summary>A contract version, <c>major.minor</c>.</summary>
public sealed record ContractLevel(int Major, int Minor)
{
    /// <summary>The contract this host implements (<see cref="Abstractions.ContractVersion"/>).</summary>
    public static ContractLevel Host { get; } = new(Abstractions.ContractVersion.Major, Abstractions.ContractVersion.Minor);

    /// <summary>Parses <c>"1.0"</c>; null for anything else.</summary>
    public static ContractLevel? Parse(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 2 && IsNumber(parts[0]) && IsNumber(parts[1])
            ? new ContractLevel(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>
    /// Whether a plugin built against this contract runs on <paramref name="host"/>: same major, and a minor no newer
    /// than the host's (minors only add to the contract).
    /// </summary>
    public bool RunsOn(ContractLevel host) => Major == host.Major && Minor <= host.Minor;

    public override string ToString() => $"{Major}.{Minor}";

    private static bool IsNumber(string part) => part.Length is > 0 and <= 6 && part.All(char.IsAsciiDigit);
}
