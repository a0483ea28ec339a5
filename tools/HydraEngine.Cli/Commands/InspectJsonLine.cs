using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// One line of <c>inspect --json</c>: <c>{"path","ok","error","objects":[{"type_id","kind","name"}],"hydrus"}</c>.
/// Other tools read this: keep the field names.
/// </summary>
internal static class InspectJsonLine
{
    public static JsonObject Build(DefinitionLoadResult result)
    {
        var definition = result.Succeeded ? result.Definition : null;
        var objects = new JsonArray();
        if (definition is not null)
        {
            foreach (var item in definition is DefinitionList list ? list.Items.AsEnumerable() : [definition])
            {
                objects.Add(new JsonObject
                {
                    ["type_id"] = DefinitionDescriptions.TypeIdOf(item),
                    ["kind"] = NativeKindCatalogue.KindOf(item.GetType()),
                    ["name"] = DefinitionDescriptions.NameOf(item),
                });
            }
        }

        return new JsonObject
        {
            ["path"] = result.Source,
            ["ok"] = definition is not null,
            ["error"] = definition is null ? string.Join("; ", result.Errors.Select(error => error.ToString())) : null,
            ["objects"] = objects,
            ["hydrus"] = definition is null ? null : HydrusSerialiser.ToTuple(definition),
        };
    }
}
