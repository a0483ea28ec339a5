namespace HydraEngine.ClientApi.Http;

/// <summary>How JSON-shaped answers are encoded: JSON, or CBOR when the request asked for it.</summary>
internal enum ResponseFormat
{
    Json,
    Cbor,
}
