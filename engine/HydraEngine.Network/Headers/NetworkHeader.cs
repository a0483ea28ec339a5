namespace HydraEngine.Network.Headers;

/// <summary>A header set at run time (hydrus's custom header): sent on requests to its domain, or to every domain when global.</summary>
public sealed record NetworkHeader(string Name, string Value, bool Approved = true, string Reason = "");
