using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>The meta tuples of generic containers: 0 plain JSON, 1 bytes (hex), 2 serialisable object.</summary>
internal static class MetaValue
{
    /// <summary>Reads one meta tuple. A failed object is dropped (its errors become warnings) unless its type is unknown.</summary>
    public static Definition? Read(HydrusNode meta, string what, out ReadFailure failure)
    {
        failure = ReadFailure.Serialisation;
        if (!meta.ExpectArray(2, $"{what} (a [meta_type, value] pair)"))
        {
            return null;
        }

        var session = meta.Session;
        var value = meta[1];
        switch (meta[0].Int32("the meta type"))
        {
            case 0:
                failure = ReadFailure.None;
                return new PlainValue(value.Node?.ToJsonString() ?? "null");
            case 1:
                failure = ReadFailure.None;
                return new BytesValue(value.String("a bytes value"));
            case 2:
                var mark = session.Diagnostics.Mark;
                var definition = session.ReadObject(value, strictVersion: false, out failure);
                if (definition is null && failure == ReadFailure.Serialisation)
                {
                    session.Diagnostics.DemoteErrorsSince(mark);
                    session.Diagnostics.Warning(meta.Pointer, DiagnosticCodes.ListItemDropped, $"{what} could not be loaded and was dropped, as hydrus drops it (see the warnings above).");
                }

                return definition;
            default:
                meta[0].Fail(DiagnosticCodes.FieldValue, "the meta type must be 0 (plain), 1 (bytes) or 2 (object).");
                return null;
        }
    }

    public static JsonArray Write(Definition item, HydrusWriter writer) => item switch
    {
        PlainValue plain => new JsonArray(0, JsonNode.Parse(plain.Json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 })),
        BytesValue bytes => new JsonArray(1, bytes.Hex),
        _ => new JsonArray(2, writer.Write(item)),
    };
}
