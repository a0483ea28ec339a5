using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;

namespace HydraEngine.Plugins.Adapters;

/// <summary>
/// A string converter step of a kind a plugin provides. Native JSON writes it as
/// <c>{"kind": Kind, "plugin": Plugin, "settings": {...}}</c>; hydrus has no such step, so a definition holding one
/// has no hydrus form. It is readable only while a plugin host is attached to the engine.
/// </summary>
public sealed record PluginConversion(string Kind, string Plugin, EquatableArray<KeyValuePair<string, PlainValue>> Settings) : StringConversion;
