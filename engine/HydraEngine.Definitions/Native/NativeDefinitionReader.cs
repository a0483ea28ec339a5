using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions.Native;

/// <summary>
/// Reads HydraEngine's native JSON into model records. Strict: unknown keys, missing keys, wrong types and
/// unknown kinds are all errors, each with a JSON Pointer; reading goes on to report every one of them.
/// </summary>
internal static class NativeDefinitionReader
{
    private const int MaximumDepth = 200;

    public static DefinitionLoadResult Read(string text, DiagnosticBag diagnostics, INativePluginKindChecker? pluginKinds)
    {
        var root = DefinitionLoader.ParseJson(text, diagnostics);
        Definition? definition = null;
        if (root is JsonObject)
        {
            definition = new Reader(diagnostics, pluginKinds).ReadRecord(root, typeof(Definition), "", 0, isRoot: true) as Definition;
        }
        else if (root is not null)
        {
            diagnostics.Error("", DiagnosticCodes.NativeType, "a native definition must be a JSON object with a \"kind\".");
        }

        return new DefinitionLoadResult(diagnostics.Source, DefinitionFormat.NativeJson, diagnostics.ErrorCount > 0 ? null : definition, diagnostics.Items, []);
    }

    internal sealed class Reader(DiagnosticBag diagnostics, INativePluginKindChecker? pluginKinds)
    {
        public object? ReadRecord(JsonNode? node, Type declared, string pointer, int depth, bool isRoot = false)
        {
            if (depth > MaximumDepth)
            {
                diagnostics.Error(pointer, DiagnosticCodes.JsonTooDeep, $"definitions nest more than {MaximumDepth} deep.");
                return null;
            }

            if (node is not JsonObject map)
            {
                diagnostics.Error(pointer, DiagnosticCodes.NativeType, $"expected an object ({Describe(declared)}), found {Hydrus.HydrusNode.Describe(node)}.");
                return null;
            }

            var type = ResolveType(map, declared, pointer);
            if (type is null)
            {
                return null;
            }

            var shape = NativeTypeShape.Of(type);
            var mark = diagnostics.Mark;
            foreach (var (key, _) in map)
            {
                if (key != "kind" && !(isRoot && key is "$schema" or NativeDefinitionWriter.TestPacksKey) && shape.Fields.All(field => field.Name != key))
                {
                    diagnostics.Error(JsonPointer.Append(pointer, key), DiagnosticCodes.NativeUnknownKey,
                        $"\"{key}\" is not a field of {NativeKindCatalogue.KindOf(type)}; its fields are: {string.Join(", ", shape.Fields.Select(field => field.Name))}.");
                }
            }

            var arguments = new object?[shape.Fields.Count];
            for (var i = 0; i < shape.Fields.Count; i++)
            {
                var field = shape.Fields[i];
                var fieldPointer = JsonPointer.Append(pointer, field.Name);
                if (!map.TryGetPropertyValue(field.Name, out var value))
                {
                    if (!field.IsNullable)
                    {
                        diagnostics.Error(fieldPointer, DiagnosticCodes.NativeMissingKey, $"{NativeKindCatalogue.KindOf(type)} needs \"{field.Name}\" ({Describe(field.Type)}).");
                    }

                    arguments[i] = DefaultOf(field.Type);
                    continue;
                }

                arguments[i] = ReadValue(value, field.Type, field.IsNullable, fieldPointer, depth + 1) ?? DefaultOf(field.Type);
            }

            return diagnostics.ErrorsSince(mark) > 0 ? null : shape.Constructor.Invoke(arguments);
        }

        private Type? ResolveType(JsonObject map, Type declared, string pointer)
        {
            var hasKind = map.TryGetPropertyValue("kind", out var kindNode);
            if (!hasKind)
            {
                if (!NativeKindCatalogue.IsPolymorphic(declared))
                {
                    return declared;
                }

                diagnostics.Error(pointer, DiagnosticCodes.NativeMissingKey, $"this object needs a \"kind\" ({Describe(declared)}).");
                return null;
            }

            var kindPointer = JsonPointer.Append(pointer, "kind");
            if (kindNode is not JsonValue kindValue || kindValue.GetValueKind() != JsonValueKind.String)
            {
                diagnostics.Error(kindPointer, DiagnosticCodes.NativeType, "\"kind\" must be a string.");
                return null;
            }

            var kind = kindValue.GetValue<string>();
            var type = NativeKindCatalogue.TypeOf(kind);
            var pluginRecord = pluginKinds?.RecordFor(declared);
            if (map.ContainsKey("plugin") && (type is null || type == pluginRecord || type == typeof(Model.Parsing.PluginFormula)))
            {
                return ResolvePluginType(map, kind, pluginRecord, pointer);
            }

            if (type is null || !declared.IsAssignableFrom(type))
            {
                var allowed = NativeKindCatalogue.KnownTypes.Where(declared.IsAssignableFrom).Select(NativeKindCatalogue.KindOf).Order(StringComparer.Ordinal);
                diagnostics.Error(kindPointer, DiagnosticCodes.NativeUnknownKind, type is null
                    ? $"\"{kind}\" is not a kind HydraEngine knows (if it comes from a plugin, install and enable that plugin). Expected one of: {string.Join(", ", allowed)}."
                    : $"a {kind} cannot stand here; expected one of: {string.Join(", ", allowed)}.");
                return null;
            }

            return type;
        }

        /// <summary>A kind a plugin provides: usable only when that plugin is loaded, with settings as it declares them.</summary>
        private Type? ResolvePluginType(JsonObject map, string kind, Type? pluginRecord, string pointer)
        {
            if (map["plugin"] is not JsonValue pluginValue || pluginValue.GetValueKind() != JsonValueKind.String)
            {
                diagnostics.Error(JsonPointer.Append(pointer, "plugin"), DiagnosticCodes.NativeType, "\"plugin\" must be a string: the id of the plugin that provides the kind.");
                return null;
            }

            var plugin = pluginValue.GetValue<string>();
            var unavailable = pluginKinds is { } checker
                ? pluginRecord is null ? $"a plugin kind (\"{kind}\" from \"{plugin}\") cannot stand here." : checker.Unavailable(plugin, kind, pluginRecord)
                : $"\"{kind}\" comes from the plugin \"{plugin}\", and no plugins are loaded: install {plugin} into the plugins folder and enable it.";
            if (unavailable is not null)
            {
                diagnostics.Error(JsonPointer.Append(pointer, "kind"), INativePluginKindChecker.UnavailableCode, unavailable);
                return null;
            }

            if (map["settings"] is JsonObject settings)
            {
                pluginKinds!.CheckSettings(plugin, kind, pluginRecord!, settings, JsonPointer.Append(pointer, "settings"), diagnostics);
            }

            return pluginRecord;
        }

        private object? ReadValue(JsonNode? node, Type declared, bool nullable, string pointer, int depth)
        {
            if (node is null)
            {
                if (!nullable)
                {
                    diagnostics.Error(pointer, DiagnosticCodes.NativeType, $"null is not allowed here; expected {Describe(declared)}.");
                }

                return null;
            }

            var type = NativeValueTypes.Unwrap(declared);
            if (NativeValueTypes.IsEquatableArray(type, out var element))
            {
                return NativeArrays.Read(this, node, type, element, pointer, depth, diagnostics);
            }

            if (type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long) || type == typeof(double) || type.IsEnum)
            {
                return NativeScalars.Read(node, type, pointer, diagnostics);
            }

            return ReadRecord(node, type, pointer, depth);
        }

        public object? ReadElement(JsonNode? node, Type element, string pointer, int depth) => ReadValue(node, element, nullable: false, pointer, depth);

        private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    internal static string Describe(Type type) => NativeScalars.Describe(type);
}

/// <summary>
/// What the native reader asks an engine's plugin host about the kinds plugins add to the native format (passed in
/// <see cref="DefinitionReadOptions.PluginKinds"/>). An object that names a <c>"plugin"</c> and whose <c>"kind"</c>
/// is not built in is read as the plugin record for its position once the checker says the plugin provides the kind;
/// its <c>"settings"</c> are checked against the kind's declarations.
/// </summary>
public interface INativePluginKindChecker
{
    /// <summary>The plugin is not installed, not enabled, failed to load, or has no such kind.</summary>
    const string UnavailableCode = "native.plugin-unavailable";

    /// <summary>The record type holding plugin kinds where <paramref name="declared"/> is expected, or null when no plugin kind can stand there.</summary>
    Type? RecordFor(Type declared);

    /// <summary>Null when <paramref name="pluginId"/> provides <paramref name="kind"/> as a <paramref name="record"/>; otherwise a message saying what to install or enable.</summary>
    string? Unavailable(string pluginId, string kind, Type record);

    /// <summary>Reports every unknown, missing and wrong-typed setting, with pointers under <paramref name="settingsPointer"/>.</summary>
    void CheckSettings(string pluginId, string kind, Type record, JsonObject settings, string settingsPointer, DiagnosticBag diagnostics);
}
