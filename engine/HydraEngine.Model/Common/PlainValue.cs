namespace HydraEngine.Model.Common;

/// <summary>
/// A plain JSON value held by a generic hydrus container (List/Dictionary meta type 0), kept as its
/// canonical JSON text so the model stays free of JSON library types.
/// </summary>
public sealed record PlainValue(string Json) : Definition;

/// <summary>Raw bytes held by a generic hydrus container (meta type 1), as lowercase hex.</summary>
public sealed record BytesValue(string Hex) : Definition;
