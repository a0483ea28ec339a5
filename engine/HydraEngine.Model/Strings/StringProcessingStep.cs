using HydraEngine.Model.Common;

namespace HydraEngine.Model.Strings;

/// <summary>A step that may appear in a String Processor (match, converter, splitter, sorter, slicer, tag filter, joiner).</summary>
public abstract record StringProcessingStep : Definition;

/// <summary>hydrus String Processor (84): steps applied in order to a list of strings.</summary>
public sealed record StringProcessor(EquatableArray<Definition> Steps) : Definition
{
    public static StringProcessor Empty { get; } = new(EquatableArray<Definition>.Empty);
}
