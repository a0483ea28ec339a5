using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;

namespace HydraEngine.Definitions.Native;

/// <summary>Reads native arrays (and string maps, which hold ordered string pairs) into EquatableArray values.</summary>
internal static class NativeArrays
{
    public static object? Read(NativeDefinitionReader.Reader reader, JsonNode node, Type arrayType, Type element, string pointer, int depth, DiagnosticBag diagnostics)
    {
        var items = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        if (NativeValueTypes.IsStringPairs(element))
        {
            if (node is not JsonObject map)
            {
                diagnostics.Error(pointer, DiagnosticCodes.NativeType, "expected an object of strings.");
                return null;
            }

            foreach (var (key, value) in map)
            {
                if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
                {
                    items.Add(new KeyValuePair<string, string>(key, text.GetValue<string>()));
                }
                else
                {
                    diagnostics.Error(JsonPointer.Append(pointer, key), DiagnosticCodes.NativeType, "expected a string value.");
                }
            }
        }
        else if (NativeValueTypes.IsValuePairs(element))
        {
            if (node is not JsonObject values)
            {
                diagnostics.Error(pointer, DiagnosticCodes.NativeType, "expected an object.");
                return null;
            }

            foreach (var (key, value) in values)
            {
                items.Add(new KeyValuePair<string, Model.Common.PlainValue>(key, new Model.Common.PlainValue(value?.ToJsonString() ?? "null")));
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                var item = reader.ReadElement(array[i], element, JsonPointer.Append(pointer, i), depth + 1);
                if (item is not null)
                {
                    items.Add(item);
                }
            }
        }
        else
        {
            diagnostics.Error(pointer, DiagnosticCodes.NativeType, $"expected an array, found {Hydrus.HydrusNode.Describe(node)}.");
            return null;
        }

        return Activator.CreateInstance(arrayType, items);
    }
}
