using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Hydrus.Codecs;
using HydraEngine.Definitions.Hydrus.Upgrades;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions.Hydrus;

/// <summary>
/// One load of a hydrus tuple tree: the envelope, version upgrades (step by step, as hydrus does),
/// then the type's codec. Every problem becomes a diagnostic; nothing throws out of here.
/// </summary>
internal sealed class HydrusReadSession(DiagnosticBag diagnostics, UpgradeContext upgrades)
{
    private const int MaximumDepth = 200;
    private int depth;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public UpgradeContext Upgrades { get; } = upgrades;

    /// <summary>Reads a nested object; returns null on failure (diagnostics explain why).</summary>
    public Definition? ReadObject(HydrusNode node) => ReadObject(node, strictVersion: false, out _);

    public Definition? ReadTopLevel(JsonNode? root) =>
        ReadObject(new HydrusNode(root, "", this), strictVersion: true, out _);

    public Definition? ReadObject(HydrusNode node, bool strictVersion, out ReadFailure failure)
    {
        var mark = Diagnostics.Mark;
        if (++depth > MaximumDepth)
        {
            node.Fail(DiagnosticCodes.JsonTooDeep, $"objects are nested more than {MaximumDepth} deep; this is not a real downloader.");
            depth--;
            failure = ReadFailure.Serialisation;
            return null;
        }

        try
        {
            var definition = ReadEnvelope(node, strictVersion, out failure);
            if (definition is not null && Diagnostics.ErrorsSince(mark) > 0)
            {
                failure = ReadFailure.Serialisation;
                return null;
            }

            return definition;
        }
        finally
        {
            depth--;
        }
    }

    private Definition? ReadEnvelope(HydrusNode node, bool strictVersion, out ReadFailure failure)
    {
        failure = ReadFailure.Serialisation;
        if (node.Node is not JsonArray array || array.Count < 3 || !IsInteger(array[0]))
        {
            node.Fail(DiagnosticCodes.TupleShape, $"expected a hydrus serialisable tuple [type_id, (name,) version, info], found {HydrusNode.Describe(node.Node)}.");
            return null;
        }

        var typeId = node[0].Int32("type id");
        var named = HydrusTypes.IsNamed(typeId);
        var type = HydrusTypes.Find(typeId);
        if (type is null)
        {
            node[0].Fail(DiagnosticCodes.UnknownTypeId, $"type id {typeId} is not a downloader object HydraEngine knows; this file may come from a newer hydrus or hold something other than a downloader.");
            failure = ReadFailure.UnknownType;
            return null;
        }

        if (!node.ExpectArray(named ? 4 : 3, $"a {type.HydrusName} tuple"))
        {
            return null;
        }

        var name = named ? node[1].String("the name") : null;
        var versionNode = node[named ? 2 : 1];
        var version = versionNode.Int32("the version");
        if (version < 1)
        {
            versionNode.Fail(DiagnosticCodes.FieldValue, $"version {version} of {type.HydrusName} is not valid.");
            return null;
        }

        var info = node.Node.AsArray()[named ? 3 : 2];
        if (version > type.CurrentVersion)
        {
            var message = $"{type.HydrusName} version {version} was created by a newer hydrus than HydraEngine supports (up to version {type.CurrentVersion}).";
            if (strictVersion)
            {
                versionNode.Fail(DiagnosticCodes.FutureVersion, message + " Update HydraEngine to load it.");
                return null;
            }

            Diagnostics.Warning(versionNode.Pointer, DiagnosticCodes.FutureVersion, message + " Trying to load it as the current version.");
        }
        else if (version < type.CurrentVersion)
        {
            try
            {
                info = TupleUpgrader.Upgrade(typeId, version, info?.DeepClone(), Upgrades);
            }
            catch (UpgradeException exception)
            {
                node.Fail(DiagnosticCodes.UpgradeFailed, exception.Message);
                return null;
            }
        }

        var codec = HydrusCodecRegistry.ForTypeId(typeId);
        if (codec is null)
        {
            node[0].Fail(DiagnosticCodes.UnknownTypeId, $"{type.HydrusName} (type {typeId}) cannot appear inside a downloader.");
            return null;
        }

        failure = ReadFailure.None;
        var infoPointer = JsonPointer.Append(node.Pointer, named ? 3 : 2);
        return codec.Read(new HydrusNode(info, infoPointer, this), name);
    }

    private static bool IsInteger(JsonNode? node) => JsonNumbers.TryGetInteger(node, out _);
}
