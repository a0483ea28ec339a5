namespace HydraEngine.Network.Limits;

/// <summary>
/// The largest page and file the engine reads from <see cref="Domain"/> and its subdomains (null: the default).
/// <see cref="Domain"/> <see cref="SizeLimits.Default"/> ("") sets the default for every domain.
/// </summary>
public sealed record DomainSizeLimit(string Domain, long? MaxPageBytes, long? MaxFileBytes);
