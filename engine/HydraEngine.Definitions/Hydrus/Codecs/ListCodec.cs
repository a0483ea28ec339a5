using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>
/// Serialisable List (26): meta tuples <c>[meta_type, value]</c>. An item that fails to load is dropped
/// with a warning, as hydrus does; an item of unknown type fails the whole list.
/// </summary>
internal sealed class ListCodec : HydrusCodec<DefinitionList>
{
    public override int TypeId => HydrusTypes.List;

    protected override DefinitionList ReadInfo(HydrusNode info, string name)
    {
        var items = new List<Definition>();
        foreach (var meta in info.Items("a list's items"))
        {
            if (MetaValue.Read(meta, "a list item", out var failure) is { } item)
            {
                items.Add(item);
            }
            else if (failure == ReadFailure.UnknownType)
            {
                meta.Fail(DiagnosticCodes.UnknownTypeId, "this list holds an object of unknown type, so hydrus rejects the whole list.");
                break;
            }
        }

        return new DefinitionList(new EquatableArray<Definition>(items));
    }

    protected override JsonNode? Write(DefinitionList value, HydrusWriter writer) =>
        new JsonArray(value.Items.Select(item => MetaValue.Write(item, writer)).ToArray());
}
