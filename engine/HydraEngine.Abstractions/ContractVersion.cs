namespace HydraEngine.Abstractions;

/// <summary>
/// The version of this contract, <c>major.minor</c>. A host loads a plugin only when the plugin's contract major
/// equals the host's and its minor is not newer: minors only add, majors may remove or change.
/// </summary>
public static class ContractVersion
{
    /// <summary>Changes when something is removed or changed incompatibly.</summary>
    public const int Major = 1;

    /// <summary>Changes when something is added; plugins built against an older minor keep working.</summary>
    public const int Minor = 0;

    /// <summary>The version as written in a plugin manifest's <c>contract_version</c>, e.g. <c>"1.0"</c>.</summary>
    public static string Text => $"{Major}.{Minor}";
}
