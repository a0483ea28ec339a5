using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;

namespace HydraEngine.Model.Parsing;

/// <summary>
/// A formula of a kind a plugin provides (e.g. <c>xpath_formula</c> from <c>HydraEngine.XPath</c>): the plugin
/// produces the raw texts, then <see cref="Processor"/> runs as for every formula. <see cref="Settings"/> are the
/// kind's settings as plain JSON values, in written order. Native JSON writes it as
/// <c>{"kind": Kind, "plugin": Plugin, "settings": {...}, "name": ..., "processor": {...}}</c>; hydrus has no such
/// formula, so a definition holding one has no hydrus form.
/// </summary>
public sealed record PluginFormula(
    string Kind,
    string Plugin,
    EquatableArray<KeyValuePair<string, PlainValue>> Settings,
    string Name,
    StringProcessor Processor) : Formula;
