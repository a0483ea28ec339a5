namespace HydraEngine.Model.Common;

/// <summary>
/// Base of every hydrus serialisable object HydraEngine models. Definitions are immutable data:
/// no I/O, no behaviour beyond what their values say.
/// </summary>
public abstract record Definition;

/// <summary>A definition whose name lives in hydrus's envelope (URL classes, parsers, GUGs, login objects).</summary>
public interface INamedDefinition
{
    string Name { get; }
}
